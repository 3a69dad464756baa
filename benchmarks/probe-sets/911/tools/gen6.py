"""p911-6: national newspaper, unlicensed soft-drink workshop in Bình Chánh (TP Hồ Chí Minh), 9/7/2024."""
from lib import F, P, I, C, T, write

TEXT = """Thứ ba, 9/7/2024, 16:40 (GMT+7)

Phát hiện cơ sở sản xuất nước giải khát không phép, thu giữ hơn 8.000 chai

TP HCM - Cơ sở ở huyện Bình Chánh sản xuất nước ngọt, trà sữa đóng chai dù không có giấy chứng nhận đủ điều kiện an toàn thực phẩm, mỗi ngày tung ra thị trường khoảng 1.200 chai.

Sáng 8/7, Đội Quản lý thị trường số 12 phối hợp Công an huyện Bình Chánh kiểm tra cơ sở do bà Phạm Thị Thu (45 tuổi) làm chủ, nằm trong hẻm 2145 Quốc lộ 50, xã Phong Phú. Tại đây, lực lượng chức năng phát hiện 8.350 chai nước giải khát thành phẩm loại 330 ml, 420 kg đường, 35 lít hương liệu và phẩm màu không rõ nguồn gốc.

Theo lời khai, bà Thu bắt đầu sản xuất từ tháng 3. Xưởng rộng khoảng 150 m2, có 6 công nhân, bán sỉ cho các quán ăn, căng tin với giá 4.500-6.000 đồng/chai. Cơ quan chức năng lấy 5 mẫu gửi kiểm nghiệm, kết quả cả 5 mẫu đều có chỉ tiêu Coliform vượt ngưỡng; một mẫu có hàm lượng chất tạo ngọt Cyclamate cao gấp 3 lần giới hạn.

Cơ sở bị xử phạt 85 triệu đồng, buộc tiêu hủy toàn bộ hàng hóa vi phạm, tổng trị giá ước tính hơn 60 triệu đồng.

Theo Ban Quản lý an toàn thực phẩm TP Hồ Chí Minh, 6 tháng đầu năm 2024, lực lượng chức năng đã kiểm tra 1.134 cơ sở sản xuất, kinh doanh đồ uống, phát hiện 142 cơ sở vi phạm, phạt tiền gần 2,3 tỷ đồng, gấp 1,4 lần cùng kỳ năm ngoái.

Thanh Lâm
"""

DAY = P("Sáng 8/7", "2024-07-08", "2024-07-08")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("thu giữ hơn 8.000 chai", "8.000", 8000, "count", "chai", "chai nước giải khát thu giữ", I(DAY), approx="over"),
    F("khoảng 1.200 chai", "1.200", 1200, "count", "chai", "nước ngọt, trà sữa đóng chai tung ra thị trường mỗi ngày",
      approx="about"),
    F("(45 tuổi)", "45", 45, "measure", "tuổi", "tuổi của chủ cơ sở", optional=True),
    F("phát hiện 8.350 chai", "8.350", 8350, "count", "chai", "chai nước giải khát thành phẩm", I(DAY)),
    F("loại 330 ml", "330", 330, "measure", "ml", "dung tích chai", I(DAY), optional=True),
    F("420 kg đường", "420", 420, "measure", "kg", "đường không rõ nguồn gốc", I(DAY)),
    F("35 lít hương liệu", "35", 35, "measure", "lít", "hương liệu và phẩm màu không rõ nguồn gốc", I(DAY)),
    F("khoảng 150 m2", "150", 150, "measure", "m2", "diện tích xưởng", approx="about"),
    F("có 6 công nhân", "6", 6, "count", "công nhân", "công nhân của xưởng"),
    F("4.500-6.000 đồng/chai", "4.500", 4500, "money", "đồng/chai", "giá bán sỉ", value_max=6000),
    F("lấy 5 mẫu", "5", 5, "count", "mẫu", "mẫu gửi kiểm nghiệm"),
    F("cả 5 mẫu", "5", 5, "count", "mẫu", "mẫu có chỉ tiêu Coliform vượt ngưỡng"),
    F("một mẫu có", "một", 1, "count", "mẫu", "mẫu có hàm lượng Cyclamate vượt giới hạn", optional=True),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "hàm lượng chất tạo ngọt Cyclamate so với giới hạn"),
    F("xử phạt 85 triệu đồng", "85", 85_000_000, "money", "đồng", "tiền xử phạt cơ sở"),
    F("hơn 60 triệu đồng", "60", 60_000_000, "money", "đồng", "tổng trị giá hàng hóa vi phạm buộc tiêu hủy",
      approx="over", status="estimate"),
    F("kiểm tra 1.134 cơ sở", "1.134", 1134, "count", "cơ sở", "cơ sở sản xuất, kinh doanh đồ uống được kiểm tra", H1,
      location=HCM),
    F("phát hiện 142 cơ sở", "142", 142, "count", "cơ sở", "cơ sở vi phạm", H1, location=HCM),
    F("gần 2,3 tỷ đồng", "2,3", 2_300_000_000, "money", "đồng", "tiền phạt", H1, approx="nearly",
      change=C("increase", 1.4, "lần", "cùng kỳ năm ngoái"), location=HCM),
]

NOTES = [
    "Probe 911-6. National newspaper (VnExpress style), 'Thứ ba, 9/7/2024, 16:40 (GMT+7)', byline at the end.",
    "Distractors: '16:40 (GMT+7)', 'Sáng 8/7', 'Đội Quản lý thị trường số 12', 'hẻm 2145 Quốc lộ 50', 'bà Phạm Thị Thu', 'từ tháng 3'.",
    "The workshop's figures are located in huyện Bình Chánh (named); the city's H1 totals in TP Hồ Chí Minh.",
    "Age '45 tuổi', bottle size '330 ml' and 'một mẫu' are optional. 'cả 5 mẫu' (all samples failed) is a count of its own.",
    "'ước tính hơn 60 triệu đồng' -> estimate, over. 'gấp 1,4 lần cùng kỳ năm ngoái' after the fine is its change",
    "(increase, 1,4 lần, like 'tăng hơn 2,8 lần so với cùng kỳ' in the spec). 'gấp 3 lần giới hạn' stands alone: multiple.",
    "'từ tháng 3' is when production started, not the period of the workshop's size or staff: those get no period.",
]

if __name__ == "__main__":
    write("p911-6", TEXT, NOTES, FIGS, published="2024-07-09", location="Bình Chánh")
