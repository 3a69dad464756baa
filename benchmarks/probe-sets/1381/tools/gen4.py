"""p1381-4: ministry site (Bộ Khoa học và Công nghệ): quality checks of imported toys, national, 9 months of 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ > Tin tức > Tiêu chuẩn - Đo lường - Chất lượng

Tăng cường kiểm tra chất lượng đồ chơi trẻ em nhập khẩu

03/10/2024 | 14:25 | Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia

Theo Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia, 9 tháng đầu năm 2024, các cơ quan kiểm tra trên cả nước đã tiếp nhận 3.126 lô hàng đồ chơi trẻ em nhập khẩu đăng ký kiểm tra nhà nước về chất lượng, tăng 8,5% so với cùng kỳ năm 2023, với tổng khối lượng hơn 21,4 nghìn tấn. Trong đó, 3.089 lô đạt yêu cầu; 37 lô không đạt do vượt giới hạn chì, cadimi hoặc ghi nhãn không đúng quy định.

Kim ngạch nhập khẩu đồ chơi trẻ em 9 tháng ước đạt 418 triệu USD, tăng 11,4% so với cùng kỳ. Trung Quốc vẫn là thị trường cung cấp lớn nhất với khoảng 78% kim ngạch nhập khẩu đồ chơi, tiếp đến là Hàn Quốc (7,5%) và Nhật Bản (4,1%). Riêng quý III, kim ngạch nhập khẩu đạt 162 triệu USD, tăng 14,2% so với quý II.

Xuất khẩu đồ chơi trong 9 tháng đạt 2,96 tỷ USD, chủ yếu sang Hoa Kỳ, Nhật Bản và EU, đưa Việt Nam đứng thứ 5 thế giới về xuất khẩu đồ chơi.

Hiện cả nước có 14 tổ chức được chỉ định thử nghiệm đồ chơi trẻ em và 9 tổ chức chứng nhận hợp quy. Thời gian thông quan trung bình một lô hàng đã giảm từ 5 ngày xuống còn 2 ngày làm việc.

Năm 2025, Bộ Khoa học và Công nghệ dự kiến sửa đổi QCVN 3:2019/BKHCN, bổ sung khoảng 20 chỉ tiêu an toàn mới; mục tiêu đến năm 2030, 100% đồ chơi lưu thông trên thị trường được truy xuất nguồn gốc.

Địa chỉ: 113 Trần Duy Hưng, quận Cầu Giấy, Hà Nội
Điện thoại: 024.3943.6952
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("tiếp nhận 3.126 lô", "3.126", 3126, "count", "lô hàng", change=C("increase", 8.5, "%", "cùng kỳ năm 2023"),
      subject="lô hàng đồ chơi trẻ em nhập khẩu đăng ký kiểm tra nhà nước về chất lượng", period=M9),
    F("hơn 21,4 nghìn tấn", "21,4", 21400, "measure", "tấn", approx="over",
      subject="tổng khối lượng", period=M9),
    F("3.089 lô", "3.089", 3089, "count", "lô", total=3126, subject="lô đạt yêu cầu", period=I(M9)),
    F("37 lô", "37", 37, "count", "lô", total=3126, subject="lô không đạt", period=I(M9)),
    F("ước đạt 418 triệu", "418", 418e6, "money", "USD", status="estimate",
      change=C("increase", 11.4, "%", "cùng kỳ"), subject="kim ngạch nhập khẩu đồ chơi trẻ em", period=M9b),
    F("khoảng 78%", "78", 78, "percent", "%", approx="about", subject="kim ngạch nhập khẩu đồ chơi",
      period=I(M9b)),
    F("Hàn Quốc (7,5%)", "7,5", 7.5, "percent", "%", subject="kim ngạch nhập khẩu đồ chơi", period=I(M9b)),
    F("Nhật Bản (4,1%)", "4,1", 4.1, "percent", "%", subject="kim ngạch nhập khẩu đồ chơi", period=I(M9b)),
    F("đạt 162 triệu", "162", 162e6, "money", "USD", change=C("increase", 14.2, "%", "quý II"),
      subject="kim ngạch nhập khẩu", period=Q3),
    F("đạt 2,96 tỷ", "2,96", 2.96e9, "money", "USD", subject="xuất khẩu đồ chơi",
      period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("đứng thứ 5", "5", 5, "rank", "hạng", subject="xuất khẩu đồ chơi",
      period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("có 14 tổ chức", "14", 14, "count", "tổ chức", subject="tổ chức được chỉ định thử nghiệm đồ chơi trẻ em"),
    F("và 9 tổ chức", "9", 9, "count", "tổ chức", subject="tổ chức chứng nhận hợp quy"),
    F("từ 5 ngày", "5", 5, "measure", "ngày", optional=True),
    F("còn 2 ngày", "2", 2, "measure", "ngày làm việc", subject="thời gian thông quan trung bình một lô hàng"),
    F("khoảng 20 chỉ tiêu", "20", 20, "count", "chỉ tiêu", approx="about", status="forecast",
      subject="chỉ tiêu an toàn mới bổ sung", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("2030, 100%", "100", 100, "percent", "%", status="target",
      subject="đồ chơi lưu thông trên thị trường được truy xuất nguồn gốc",
      period=P("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Ministry site (Bộ KH&CN): breadcrumb, '03/10/2024 | 14:25 | Ủy ban ...' under the headline (published), address footer.",
    "National figures ('trên cả nước', 'cả nước'): location Việt Nam. Trung Quốc, Hàn Quốc, Nhật Bản are trade partners, not places.",
    "'Trong đó, 3.089 lô ...; 37 lô ...' after a sentence break are parts of the 3.126 lô hàng (3.089 + 37 = 3.126).",
    "'khoảng 78% ..., tiếp đến là Hàn Quốc (7,5%) và Nhật Bản (4,1%)' is a list sharing one indicator; a separate sentence from 'ước đạt' (actual).",
    "'quý III' takes 2024; 'tăng 14,2% so với quý II' is the change of the 162 triệu USD. 'đứng thứ 5 thế giới' is a rank of Việt Nam.",
    "'giảm từ 5 ngày xuống còn 2 ngày': 2 ngày is the figure; the old 5 ngày is optional (as the shared probe habit for 'từ X lên Y').",
    "'một lô hàng' in the subject is not a figure. Distractors: QCVN 3:2019/BKHCN, the dateline and time, '113 Trần Duy Hưng', phone.",
]

if __name__ == "__main__":
    write("p1381-4", TEXT, NOTES, FIGS, published="2024-10-03", location="Việt Nam")
