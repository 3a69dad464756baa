"""p585-1: Nghệ An province portal, workers abroad in H1/2024."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import P, I, CH, F, emit

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm

Nghệ An: 6 tháng đầu năm đưa gần 12.600 lao động đi làm việc ở nước ngoài

Cập nhật: 15/07/2024 08:45
Lượt xem: 3.482

Theo Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, toàn tỉnh Nghệ An có 12.587 lao động đi làm việc ở nước ngoài theo hợp đồng, đạt 62,9% kế hoạch năm, tăng 8,4% so với cùng kỳ năm 2023. Trong đó, thị trường Nhật Bản 6.915 người, chiếm 54,9%; Đài Loan (Trung Quốc) 3.740 người; Hàn Quốc 1.126 người; các thị trường châu Âu, Trung Đông 806 người.

Lao động xuất cảnh tập trung ở các huyện Yên Thành (1.854 người), Diễn Châu (1.612 người), Quỳnh Lưu (1.307 người), Nghi Lộc (986 người) và thị xã Hoàng Mai (741 người).

Tính đến ngày 30/6/2024, số lao động của tỉnh đang làm việc ở nước ngoài khoảng 65.000 người. Mức thu nhập bình quân từ 25 đến 35 triệu đồng/người/tháng. Lượng kiều hối do lao động gửi về trong 6 tháng ước đạt 310 triệu USD, tương đương khoảng 7.800 tỷ đồng.

Cùng với tuyển chọn, các cơ sở giáo dục nghề nghiệp đã mở 148 lớp đào tạo ngoại ngữ, định hướng cho 4.320 học viên; tỷ lệ học viên đạt trình độ tiếng Nhật N4 trở lên là 71,5%. Ngân hàng Chính sách xã hội tỉnh đã giải ngân 186,4 tỷ đồng cho 1.950 lượt lao động vay vốn theo Nghị định số 74/2019/NĐ-CP.

Năm 2024, tỉnh phấn đấu đưa 20.000 lao động đi làm việc ở nước ngoài, trong đó thị trường Nhật Bản chiếm khoảng 50%.

Sở Lao động - Thương binh và Xã hội Nghệ An - Số 121 Lê Hồng Phong, TP Vinh. Đường dây nóng: 0238.3844.285
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("đưa gần 12.600 lao động", "12.600", 12600, "count", "lao động", "lao động đi làm việc ở nước ngoài",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("có 12.587 lao động", "12.587", 12587, "count", "lao động", "lao động đi làm việc ở nước ngoài theo hợp đồng", H1,
      percent=62.9, change=CH("increase", 8.4, baseline="cùng kỳ năm 2023")),
    F("Nhật Bản 6.915 người", "6.915", 6915, "count", "người", "lao động đi làm việc tại thị trường Nhật Bản", I(H1),
      total=12587, percent=54.9),
    F("Trung Quốc) 3.740 người", "3.740", 3740, "count", "người", "lao động đi làm việc tại thị trường Đài Loan (Trung Quốc)", I(H1),
      total=12587),
    F("Hàn Quốc 1.126 người", "1.126", 1126, "count", "người", "lao động đi làm việc tại thị trường Hàn Quốc", I(H1), total=12587),
    F("Trung Đông 806 người", "806", 806, "count", "người", "lao động đi làm việc tại các thị trường châu Âu, Trung Đông", I(H1),
      total=12587),
    F("Yên Thành (1.854 người)", "1.854", 1854, "count", "người", "lao động xuất cảnh", I(H1), location="Yên Thành"),
    F("Diễn Châu (1.612 người)", "1.612", 1612, "count", "người", "lao động xuất cảnh", I(H1), location="Diễn Châu"),
    F("Quỳnh Lưu (1.307 người)", "1.307", 1307, "count", "người", "lao động xuất cảnh", I(H1), location="Quỳnh Lưu"),
    F("Nghi Lộc (986 người)", "986", 986, "count", "người", "lao động xuất cảnh", I(H1), location="Nghi Lộc"),
    F("Hoàng Mai (741 người)", "741", 741, "count", "người", "lao động xuất cảnh", I(H1), location="Hoàng Mai"),
    F("khoảng 65.000 người", "65.000", 65000, "count", "người", "lao động của tỉnh đang làm việc ở nước ngoài",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30"), approx="about"),
    F("từ 25 đến 35 triệu", "25", 25000000, "money", "đồng/người/tháng", "mức thu nhập bình quân", value_max=35000000),
    F("ước đạt 310 triệu USD", "310", 310000000, "money", "USD", "lượng kiều hối do lao động gửi về",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
    F("khoảng 7.800 tỷ đồng", "7.800", 7800000000000, "money", "đồng", "lượng kiều hối do lao động gửi về",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="about", status="estimate"),
    F("mở 148 lớp", "148", 148, "count", "lớp", "lớp đào tạo ngoại ngữ, định hướng", I(H1)),
    F("cho 4.320 học viên", "4.320", 4320, "count", "học viên", "học viên được đào tạo ngoại ngữ, định hướng", I(H1)),
    F("là 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ học viên đạt trình độ tiếng Nhật N4 trở lên", I(H1)),
    F("giải ngân 186,4 tỷ đồng", "186,4", 186400000000, "money", "đồng",
      "vốn Ngân hàng Chính sách xã hội tỉnh giải ngân cho lao động vay đi làm việc ở nước ngoài", I(H1)),
    F("cho 1.950 lượt lao động", "1.950", 1950, "count", "lượt lao động", "lượt lao động vay vốn", I(H1)),
    F("đưa 20.000 lao động", "20.000", 20000, "count", "lao động", "lao động đi làm việc ở nước ngoài",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("chiếm khoảng 50%", "50", 50, "percent", "%", "thị trường Nhật Bản trong số lao động đi làm việc ở nước ngoài",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Nghệ An province portal (breadcrumb, 'Cập nhật:' line, 'Lượt xem: 3.482' counter): workers sent abroad in H1/2024.",
    "Headline '6 tháng đầu năm' has no year and stands before the dateline: year from published (2024).",
    "Markets are foreign places, not locations: they stay in the subject; districts in brackets go to location (no total, no cue).",
    "'tương đương khoảng 7.800 tỷ đồng' is an equivalent amount (own money figure, as shared h01), not a share.",
    "Distractors: Lượt xem counter, N4 (language level), Nghị định số 74/2019/NĐ-CP, Số 121 Lê Hồng Phong, hotline.",
    "revised after the first run: subject of the 50% share no longer starts with an invented 'tỷ trọng' (the sentence does not say it; shared gold 'kinh tế số chiếm GRDP').",
]

if __name__ == "__main__":
    emit("p585-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Nghệ An")
