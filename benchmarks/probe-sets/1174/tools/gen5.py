"""p1174-5: Party newspaper (Báo Quảng Ngãi), a night at an alcohol checkpoint in Bình Sơn; 9 months, quý III figures."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NGÃI
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ngãi

Đêm trắng cùng tổ kiểm tra nồng độ cồn trên Quốc lộ 1

Gần 22 giờ, đoạn Quốc lộ 1 qua xã Bình Long, huyện Bình Sơn vẫn tấp nập xe cộ. Tổ công tác của Đội CSGT - Trật tự Công an huyện Bình Sơn gồm 5 cán bộ, chiến sĩ dựng chốt, lần lượt ra hiệu cho từng xe vào kiểm tra. Chỉ trong khoảng hai giờ, tổ đã kiểm tra 146 lượt người điều khiển phương tiện, phát hiện 9 trường hợp có nồng độ cồn, trong đó 2 trường hợp là tài xế xe tải.

Trường hợp có nồng độ cồn cao nhất là tài xế L.V.H. (trú huyện Sơn Tịnh), điều khiển ô tô tải biển kiểm soát 76C-081.25, với kết quả đo 0,512 miligam/1 lít khí thở. Anh H. cho biết chỉ uống "hai lon bia" trong bữa tối. Với mức vi phạm này, anh H. bị phạt từ 30 đến 40 triệu đồng và tước giấy phép lái xe từ 22 đến 24 tháng.

Theo Phòng CSGT Công an tỉnh Quảng Ngãi, 9 tháng qua, lực lượng chức năng toàn tỉnh đã xử lý 6.215 trường hợp vi phạm nồng độ cồn, đạt 115% kế hoạch, phạt tiền gần 24 tỷ đồng. Riêng quý III, các đơn vị phát hiện 2.380 trường hợp, tăng 412 trường hợp so với quý II. Tính trung bình, mỗi tổ công tác xử lý từ 3 đến 5 trường hợp mỗi ca trực.

Thượng tá Trần Minh Đức, Trưởng Phòng CSGT Công an tỉnh cho biết, từ nay đến cuối năm, đơn vị dự kiến tổ chức thêm 3 đợt cao điểm, tập trung vào các tuyến Quốc lộ 1, Quốc lộ 24B và đường Dung Quất - Sa Huỳnh, bảo đảm trật tự an toàn giao thông dịp cuối năm.

Bài, ảnh: THANH PHƯƠNG
15/10/2024
"""

N9 = P("9 tháng qua", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
REST = P("từ nay đến cuối năm", "2024-10-15", "2024-12-31")

FIGS = [
    F("gồm 5 cán bộ", "5", 5, "count", "cán bộ, chiến sĩ", location="Bình Sơn",
      subject="cán bộ, chiến sĩ của tổ công tác Đội CSGT - Trật tự Công an huyện Bình Sơn"),
    F("kiểm tra 146 lượt", "146", 146, "count", "lượt người", location="Bình Sơn",
      subject="người điều khiển phương tiện được tổ công tác kiểm tra"),
    F("phát hiện 9 trường hợp", "9", 9, "count", "trường hợp", location="Bình Sơn",
      subject="trường hợp có nồng độ cồn phát hiện tại chốt"),
    F("2 trường hợp là tài xế", "2", 2, "count", "trường hợp", total=9, location="Bình Sơn",
      subject="trường hợp có nồng độ cồn là tài xế xe tải"),
    F("đo 0,512 miligam", "0,512", 0.512, "measure", "miligam/1 lít khí thở", location="Bình Sơn",
      subject="nồng độ cồn trong khí thở của tài xế L.V.H."),
    F('"hai lon bia"', "hai", 2, "count", "lon bia", optional=True, location="Bình Sơn"),
    F("từ 30 đến 40 triệu", "30", 30000000, "money", "đồng", value_max=40000000, location="Bình Sơn",
      subject="mức phạt tài xế L.V.H. vi phạm nồng độ cồn"),
    F("từ 22 đến 24 tháng", "22", 22, "measure", "tháng", value_max=24, location="Bình Sơn",
      subject="thời hạn tước giấy phép lái xe của tài xế L.V.H."),
    F("xử lý 6.215 trường hợp", "6.215", 6215, "count", "trường hợp", percent=115,
      subject="trường hợp vi phạm nồng độ cồn bị xử lý", period=N9),
    F("gần 24 tỷ", "24", 24000000000, "money", "đồng", approx="nearly",
      subject="tiền phạt vi phạm nồng độ cồn", period=N9),
    F("phát hiện 2.380 trường hợp", "2.380", 2380, "count", "trường hợp",
      change=C("increase", 412, "trường hợp", "quý II"),
      subject="trường hợp vi phạm nồng độ cồn phát hiện", period=Q3),
    F("từ 3 đến 5 trường hợp", "3", 3, "measure", "trường hợp/ca trực", value_max=5,
      subject="trường hợp vi phạm nồng độ cồn mỗi tổ công tác xử lý trung bình mỗi ca trực"),
    F("thêm 3 đợt", "3", 3, "count", "đợt cao điểm", status="forecast",
      subject="đợt cao điểm kiểm tra tổ chức thêm", period=REST),
]

NOTES = [
    "Party newspaper (Báo Quảng Ngãi): reportage at a checkpoint in xã Bình Long, huyện Bình Sơn; byline 'Bài, ảnh: THANH PHƯƠNG' and bare date 15/10/2024 at the end.",
    "Distractors: 'Gần 22 giờ' (time), 'khoảng hai giờ' (duration of the shift, locates the figures), Quốc lộ 1, Quốc lộ 24B, plate 76C-081.25,",
    "'lần lượt ra hiệu' (not a list). The driver's home district (Sơn Tịnh) is not the place of his figures: the checkpoint is in Bình Sơn.",
    "'hai lon bia' is a quoted anecdote (optional). The checkpoint figures have no dated period (a night, no date): no period.",
    "Year-less '9 tháng qua', 'quý III' take 2024 from the published date. 'từ nay đến cuối năm': from the published date to 31/12/2024.",
    "'tăng 412 trường hợp so với quý II' is the change of 2.380. 6.215 'đạt 115% kế hoạch' → percent 115.",
]

if __name__ == "__main__":
    write("p1174-5", TEXT, NOTES, FIGS, published="2024-10-15", location="Quảng Ngãi")
