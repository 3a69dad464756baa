"""p1080-5: Báo Bình Định (Party newspaper): crossing keepers and crossings in Bình Định, byline + bare date."""
from lib import F, P, C, T, save

TEXT = """Thầm lặng giữ bình yên nơi đường ngang

Ở đường ngang Km 1.085+230 thuộc phường Nhơn Hưng (thị xã An Nhơn), chị Nguyễn Thị Hoa đã gắn bó với nghề gác chắn 17 năm. Mỗi ca trực kéo dài 12 tiếng, có hai nhân viên thay nhau đóng, mở chắn cho khoảng 40 đôi tàu qua lại.

Theo Công ty CP Đường sắt Nghĩa Bình, tuyến đường sắt Bắc - Nam qua Bình Định dài 149 km, có 86 đường ngang hợp pháp, trong đó 22 đường ngang có người gác với 176 nhân viên gác chắn làm việc theo chế độ 3 ca. Thu nhập bình quân của nhân viên gác chắn khoảng 7,8 triệu đồng/người/tháng, thấp hơn 12% so với mặt bằng chung của ngành.

Năm 2022, trên địa bàn tỉnh xảy ra 9 vụ tai nạn giao thông đường sắt, làm chết 7 người; 10 tháng năm 2023 xảy ra 6 vụ, làm chết 5 người, bị thương 4 người. Phần lớn các vụ xảy ra tại lối đi tự mở; toàn tỉnh hiện còn 128 lối đi tự mở, tập trung ở thị xã An Nhơn, huyện Phù Mỹ và Phù Cát.

Để giảm nguy cơ, từ năm 2021 đến nay, tỉnh đã đầu tư nâng cấp 31 đường ngang lên cảnh báo tự động với tổng kinh phí hơn 21 tỷ đồng; bố trí 42 người tham gia cảnh giới tại 14 điểm gác, trong đó có 9 điểm do các xã tự tổ chức.

Ông Trần Văn Hai, Phó Trưởng ban An toàn giao thông tỉnh, cho biết: năm 2024, tỉnh phấn đấu xóa ít nhất 20 lối đi tự mở và nâng cấp thêm 8 đường ngang lên cảnh báo tự động. “Người gác chắn là lá chắn cuối cùng, nhưng không thể thay thế ý thức của người tham gia giao thông”, ông Hai nói.

NGỌC NHUẬN

15/11/2023
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
SINCE21 = P("từ năm 2021 đến nay", "2021-01-01", "2023-11-15")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gác chắn 17 năm", "17", 17, "measure", "năm", "thời gian chị Nguyễn Thị Hoa gắn bó với nghề gác chắn",
      location="An Nhơn"),
    F("kéo dài 12 tiếng", "12", 12, "measure", "tiếng", "thời gian mỗi ca trực gác chắn", location="An Nhơn"),
    F("có hai nhân viên", "hai", 2, "count", "nhân viên", "nhân viên mỗi ca trực", location="An Nhơn"),
    F("khoảng 40 đôi tàu", "40", 40, "count", "đôi tàu", "đôi tàu qua đường ngang mỗi ca trực",
      approx="about", location="An Nhơn"),
    F("dài 149 km", "149", 149, "measure", "km", "chiều dài tuyến đường sắt Bắc - Nam qua Bình Định"),
    F("có 86 đường ngang", "86", 86, "count", "đường ngang", "đường ngang hợp pháp"),
    F("trong đó 22 đường ngang", "22", 22, "count", "đường ngang", "đường ngang có người gác", total=86),
    F("với 176 nhân viên", "176", 176, "count", "nhân viên", "nhân viên gác chắn"),
    F("chế độ 3 ca", "3", 3, "count", "ca", "ca làm việc", optional=True),
    F("khoảng 7,8 triệu đồng", "7,8", 7.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của nhân viên gác chắn",
      approx="about", change=C("decrease", 12, "%", "mặt bằng chung của ngành")),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "tai nạn giao thông đường sắt", period=Y22),
    F("làm chết 7 người", "7", 7, "count", "người", "người chết do tai nạn giao thông đường sắt", period=Y22),
    F("xảy ra 6 vụ", "6", 6, "count", "vụ", "tai nạn giao thông đường sắt", period=M10),
    F("làm chết 5 người", "5", 5, "count", "người", "người chết do tai nạn giao thông đường sắt", period=M10),
    F("bị thương 4 người", "4", 4, "count", "người", "người bị thương do tai nạn giao thông đường sắt", period=M10),
    F("còn 128 lối đi", "128", 128, "count", "lối đi tự mở", "lối đi tự mở còn lại"),
    F("nâng cấp 31 đường ngang", "31", 31, "count", "đường ngang", "đường ngang nâng cấp lên cảnh báo tự động",
      period=SINCE21),
    F("hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", "tổng kinh phí nâng cấp đường ngang", approx="over",
      period=SINCE21),
    F("bố trí 42 người", "42", 42, "count", "người", "người tham gia cảnh giới", period=SINCE21),
    F("tại 14 điểm gác", "14", 14, "count", "điểm gác", "điểm gác", period=SINCE21),
    F("có 9 điểm", "9", 9, "count", "điểm", "điểm gác do các xã tự tổ chức", total=14, period=SINCE21),
    F("ít nhất 20 lối đi", "20", 20, "count", "lối đi tự mở", "lối đi tự mở xóa bỏ",
      approx="at_least", status="target", period=Y24),
    F("thêm 8 đường ngang", "8", 8, "count", "đường ngang", "đường ngang nâng cấp lên cảnh báo tự động",
      status="target", period=Y24),
]

COMMENTS = [
    "Báo Bình Định: người gác chắn đường ngang; đường ngang, lối đi tự mở, tai nạn đường sắt ở Bình Định (invented). Byline NGỌC NHUẬN, bare date 15/11/2023.",
    "The keeper's crossing lies in thị xã An Nhơn: her tenure, shift length, staff and train pairs are located there. Tenure '17 năm' and shift '12 tiếng' are",
    "durations that are the claim (measure). 'hai nhân viên' is a number word. 'chế độ 3 ca' is the shift system (optional).",
    "'thấp hơn 12% so với mặt bằng chung của ngành' is the change of the 7,8 triệu income. 'từ năm 2021 đến nay' ends at the bare date 2023-11-15.",
    "'trong đó có 9 điểm' follows 14 điểm gác (same thing): total 14. The quoted 'phấn đấu' sentence → target, period năm 2024.",
    "Not figures: Km 1.085+230, the names Trần Văn Hai / ông Hai, the byline date.",
]

if __name__ == "__main__":
    save(5, TEXT, FIGS, COMMENTS, published="2023-11-15", location="Bình Định")
