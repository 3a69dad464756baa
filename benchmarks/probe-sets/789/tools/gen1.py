"""p789-1: province portal (Nam Định), làng phở Vân Cù."""
from lib import F, period, inherit, change, target, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Làng phở Vân Cù mỗi ngày cung ứng gần 40 tấn bánh phở
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.317

(Cổng TTĐT Nam Định) - Làng nghề bánh phở Vân Cù thuộc xã Đồng Sơn, huyện Nam Trực nằm cạnh Quốc lộ 21A, hiện có 186 hộ làm nghề, trong đó 42 hộ đã đầu tư dây chuyền tráng bánh bằng máy. Theo UBND xã Đồng Sơn, 7 tháng đầu năm 2024, làng nghề sản xuất khoảng 8.100 tấn bánh phở, bún tươi, tăng 6,5% so với cùng kỳ; doanh thu ước đạt 97 tỷ đồng.

Giá bánh phở bán buôn tại xưởng dao động từ 12.000 đến 15.000 đồng/kg. Nghề phở tạo việc làm thường xuyên cho gần 900 lao động, chiếm khoảng 38% lao động của xã, thu nhập bình quân 7,5 triệu đồng/người/tháng. Bà Trần Thị Tám, chủ một xưởng ở xóm 4, cho biết gia đình đã tham gia hội chợ OCOP lần thứ 3 tại Hà Nội.

Toàn tỉnh Nam Định hiện có 23 làng nghề chế biến lương thực, thực phẩm được công nhận theo Nghị định số 52/2018/NĐ-CP, trong đó 9 làng nghề sản xuất bún, bánh phở, miến. Các làng nghề này đã có 14 sản phẩm OCOP, gồm 11 sản phẩm 3 sao và 3 sản phẩm 4 sao. Năm 2023, các đoàn kiểm tra liên ngành đã kiểm tra 312 cơ sở, phát hiện 27 cơ sở vi phạm quy định về an toàn thực phẩm, xử phạt 146 triệu đồng.

Để khắc phục ô nhiễm tại Vân Cù, huyện Nam Trực đã khởi công hệ thống xử lý nước thải tập trung công suất 300 m3/ngày đêm, tổng vốn 18,6 tỷ đồng; dự kiến hoàn thành trong quý IV/2024. Tỉnh phấn đấu đến năm 2025, 100% cơ sở sản xuất trong các làng nghề bún, phở đạt chuẩn an toàn thực phẩm và có thêm 2 sản phẩm đạt OCOP 4 sao.
"""

P7 = period("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
NT, ND = "Nam Trực", "Nam Định"

FIGS = [
    F("gần 40 tấn bánh phở", "40", 40, "measure", "tấn", "bánh phở cung ứng mỗi ngày", approx="nearly", location=NT),
    F("có 186 hộ làm nghề", "186", 186, "count", "hộ", "hộ làm nghề bánh phở", location=NT),
    F("42 hộ đã đầu tư", "42", 42, "count", "hộ", "hộ đầu tư dây chuyền tráng bánh bằng máy", total=186, location=NT),
    F("khoảng 8.100 tấn", "8.100", 8100, "measure", "tấn", "bánh phở, bún tươi sản xuất", approx="about",
      change=change("increase", 6.5, "%", "cùng kỳ"), period=P7, location=NT),
    F("ước đạt 97 tỷ đồng", "97", 97e9, "money", "đồng", "doanh thu làng nghề", status="estimate", period=P7, location=NT),
    F("từ 12.000 đến 15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá bánh phở bán buôn tại xưởng",
      value_max=15000, location=NT),
    F("gần 900 lao động", "900", 900, "count", "lao động", "lao động có việc làm thường xuyên từ nghề phở",
      approx="nearly", percent=38, location=NT),
    F("bình quân 7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động nghề phở", location=NT),
    F("có 23 làng nghề", "23", 23, "count", "làng nghề", "làng nghề chế biến lương thực, thực phẩm được công nhận", location=ND),
    F("9 làng nghề sản xuất", "9", 9, "count", "làng nghề", "làng nghề sản xuất bún, bánh phở, miến", total=23, location=ND),
    F("có 14 sản phẩm OCOP", "14", 14, "count", "sản phẩm OCOP", "sản phẩm OCOP của các làng nghề bún, bánh phở, miến", location=ND),
    F("gồm 11 sản phẩm", "11", 11, "count", "sản phẩm", "sản phẩm OCOP 3 sao", total=14, location=ND),
    F("sản phẩm 3 sao và", "3", 3, "measure", "sao", optional=True, location=ND),
    F("và 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm OCOP 4 sao", total=14, location=ND),
    F("3 sản phẩm 4 sao", "4", 4, "measure", "sao", optional=True, location=ND),
    F("kiểm tra 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở được đoàn kiểm tra liên ngành kiểm tra", period=Y23, location=ND),
    F("phát hiện 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở vi phạm quy định về an toàn thực phẩm", period=Y23, location=ND),
    F("xử phạt 146 triệu đồng", "146", 146e6, "money", "đồng", "tiền xử phạt vi phạm an toàn thực phẩm", period=Y23, location=ND),
    F("công suất 300 m3/ngày đêm", "300", 300, "measure", "m3/ngày đêm", "công suất hệ thống xử lý nước thải tập trung", location=NT),
    F("tổng vốn 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "tổng vốn hệ thống xử lý nước thải tập trung", location=NT),
    F("2025, 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở sản xuất trong các làng nghề bún, phở đạt chuẩn an toàn thực phẩm", status="target", period=T25, location=ND),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao", status="target", period=T25, location=ND),
    F("đạt OCOP 4 sao", "4", 4, "measure", "sao", optional=True, status="target", location=ND),
]

COMMENTS = [
    "Cổng TTĐT Nam Định (province portal): làng nghề bánh phở Vân Cù (xã Đồng Sơn, huyện Nam Trực), 7 tháng 2024; province-wide villages, OCOP, inspections 2023.",
    "Village figures take the district (Nam Trực); 'Toàn tỉnh Nam Định' paragraph and the target sentence take Nam Định.",
    "'hiện có' gives no period. OCOP star levels (3 sao, 4 sao) are classes: optional. 27 violators of 312 inspected: no part-of cue, no total.",
    "300 m3/ngày đêm and 18,6 tỷ: the plant was started (actual); 'dự kiến hoàn thành trong quý IV/2024' is a later clause, gives them no period.",
    "Distractors: Quốc lộ 21A, Lượt xem 2.317, 09:45, Nghị định số 52/2018/NĐ-CP, xóm 4, lần thứ 3, Trần Thị Tám, quý IV/2024.",
]

write("p789-1", TEXT, FIGS, COMMENTS, published="2024-08-14", location=ND)
