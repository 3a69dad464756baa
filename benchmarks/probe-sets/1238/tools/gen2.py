"""p1238-2: Mộc Châu district portal, a yogurt cooperative and the district's dairy figures, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU
Trang chủ > Tin tức > Kinh tế

Hợp tác xã Sữa chua Tiểu khu 70 đầu tư dây chuyền mới

Thứ Năm, 15/08/2024 - 14:30

6 tháng đầu năm, Hợp tác xã Sữa chua Tiểu khu 70 (thị trấn Nông trường Mộc Châu) chế biến và tiêu thụ 186 tấn sữa chua các loại, tăng 21% so với cùng kỳ năm 2023, doanh thu đạt 7,4 tỷ đồng. Hợp tác xã hiện có 26 thành viên, nuôi 540 con bò sữa, trong đó 312 con đang cho sữa.

Tháng 7 vừa qua, hợp tác xã đầu tư dây chuyền lên men và đóng hũ tự động trị giá gần 2,8 tỷ đồng, nâng công suất từ 1,2 tấn lên 3 tấn sữa chua/ngày. Giá bán tại xưởng từ 6.000 đến 8.000 đồng/hũ; mỗi tháng hợp tác xã trả lương cho 14 lao động, bình quân 7,5 triệu đồng/người.

Toàn huyện hiện có 32 cơ sở chế biến sữa chua, sữa tươi thanh trùng quy mô hộ gia đình và hợp tác xã (khoảng 450 lao động). Tính đến ngày 30/6/2024, tổng đàn bò sữa của huyện là 29.860 con; sản lượng sữa tươi 6 tháng ước đạt 63.500 tấn, bằng 51,2% kế hoạch năm. Các doanh nghiệp chế biến sữa trên địa bàn đã thu mua hơn 52.000 tấn, chiếm 82% sản lượng.

Năm 2024, huyện phấn đấu có thêm hai sản phẩm sữa chua đạt chuẩn OCOP 4 sao, nâng tổng số sản phẩm OCOP từ sữa lên 11 sản phẩm. Huyện hỗ trợ tối đa 50 triệu đồng/cơ sở để mua thiết bị thanh trùng, đóng gói.

Lò Thanh Hà - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1B = P("6 tháng", "2024-01-01", "2024-06-30")
JUL = P("Tháng 7 vừa qua", "2024-07-01", "2024-07-31")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiêu thụ 186 tấn", "186", 186, "measure", "tấn",
      change=C("increase", 21, "%", "cùng kỳ năm 2023"),
      subject="sữa chua các loại hợp tác xã chế biến và tiêu thụ", period=H1),
    F("đạt 7,4 tỷ", "7,4", 7.4e9, "money", "đồng", subject="doanh thu hợp tác xã", period=H1),
    F("có 26 thành viên", "26", 26, "count", "thành viên", subject="thành viên hợp tác xã"),
    F("nuôi 540 con", "540", 540, "count", "con", subject="bò sữa hợp tác xã nuôi"),
    F("312 con", "312", 312, "count", "con", total=540, subject="bò sữa đang cho sữa"),
    F("gần 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", approx="nearly",
      subject="dây chuyền lên men và đóng hũ tự động", period=JUL),
    F("từ 1,2 tấn", "1,2", 1.2, "measure", "tấn/ngày", optional=True,
      subject="công suất trước khi đầu tư"),
    F("lên 3 tấn", "3", 3, "measure", "tấn/ngày", subject="công suất"),
    F("từ 6.000 đến", "6.000", 6000, "money", "đồng/hũ", value_max=8000,
      subject="giá bán sữa chua tại xưởng"),
    F("cho 14 lao động", "14", 14, "count", "lao động", subject="lao động hợp tác xã trả lương"),
    F("7,5 triệu", "7,5", 7.5e6, "money", "đồng/người", subject="lương bình quân lao động"),
    F("có 32 cơ sở", "32", 32, "count", "cơ sở",
      subject="cơ sở chế biến sữa chua, sữa tươi thanh trùng quy mô hộ gia đình và hợp tác xã"),
    F("khoảng 450 lao động", "450", 450, "count", "lao động", approx="about",
      subject="lao động cơ sở chế biến sữa chua, sữa tươi thanh trùng"),
    F("là 29.860 con", "29.860", 29860, "count", "con", subject="tổng đàn bò sữa", period=ASOF),
    F("đạt 63.500 tấn", "63.500", 63500, "measure", "tấn", status="estimate", percent=51.2,
      subject="sản lượng sữa tươi", period=H1B),
    F("hơn 52.000 tấn", "52.000", 52000, "measure", "tấn", approx="over", percent=82,
      subject="sữa tươi các doanh nghiệp chế biến sữa thu mua", period=I(H1B)),
    F("hai sản phẩm", "hai", 2, "count", "sản phẩm", status="target",
      subject="sản phẩm sữa chua đạt chuẩn OCOP 4 sao", period=Y24),
    F("11 sản phẩm", "11", 11, "count", "sản phẩm", status="target",
      subject="tổng số sản phẩm OCOP từ sữa", period=Y24),
    F("tối đa 50 triệu", "50", 50e6, "money", "đồng/cơ sở", approx="at_most",
      subject="hỗ trợ mua thiết bị thanh trùng, đóng gói"),
]

NOTES = [
    "District portal (huyện Mộc Châu, Sơn La): 'Thứ Năm, 15/08/2024 - 14:30', byline at the end. Default location: Mộc Châu.",
    "Distractors: 'Tiểu khu 70' (a name), time 14:30, 'OCOP 4 sao' (a rating level, like 'mức độ 3'), 'Tháng 7 vừa qua' (a date).",
    "Year-less '6 tháng đầu năm' / '6 tháng' take 2024 from the dateline. 'nâng công suất từ 1,2 tấn lên 3 tấn': the new capacity is the figure;",
    "the old capacity is optional. 'chiếm 82% sản lượng' is a share attribute (no total: not a 'trong đó' part). The support ceiling is a standing rule.",
    "'mỗi tháng ... bình quân 7,5 triệu đồng/người': unit as written 'đồng/người' (a tool's 'đồng/người/tháng' also passes by prefix).",
]

if __name__ == "__main__":
    write("p1238-2", TEXT, NOTES, FIGS, published="2024-08-15", location="Mộc Châu")
