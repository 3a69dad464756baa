"""p1138-5: Party newspaper (Báo Bình Định): a school's multipurpose hall in huyện Tuy Phước; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH ĐỊNH
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định
Giáo dục

Nhà đa năng - “sân chơi” mới của học trò vùng quê

Sau 8 tháng thi công, nhà đa năng của Trường THCS Phước Hưng (xã Phước Hưng, huyện Tuy Phước) đã hoàn thành, đưa vào sử dụng từ đầu năm học 2023-2024. Công trình có diện tích sàn 720 m2, gồm sân bóng chuyền, hai sân cầu lông và khu tập võ, tổng kinh phí 4,2 tỷ đồng từ nguồn ngân sách huyện và vận động xã hội hóa.

Thầy Nguyễn Văn Tín, Hiệu trưởng nhà trường, cho biết: “Trường có 18 lớp với 712 học sinh. Trước đây tiết thể dục phải học ngoài sân nắng, mùa mưa gần như phải nghỉ. Nay các em học trong nhà, đội tuyển của trường tập luyện đều đặn hơn”. Câu lạc bộ võ cổ truyền của trường hiện có 45 em, tập ba buổi mỗi tuần. Em Lê Thị Thu Thảo (lớp 9A3), thành viên đội bóng chuyền nữ vừa giành giải Nhì Hội khỏe Phù Đổng cấp huyện, vui vẻ nói giờ đây cả đội không còn lo trời mưa.

Theo Phòng GD&ĐT huyện Tuy Phước, toàn huyện có 27/52 trường có nhà đa năng hoặc phòng học thể chất, chiếm 51,9%. Từ năm 2021 đến nay, huyện đã đầu tư 11 nhà đa năng với tổng vốn hơn 38 tỷ đồng.

Trên phạm vi toàn tỉnh, theo Sở GD&ĐT, hiện khoảng 46% trường THCS và gần 31% trường tiểu học có nhà đa năng. Năm 2024, tỉnh dự kiến đầu tư thêm 35 nhà đa năng, trong đó 20 công trình cho các huyện miền núi An Lão, Vân Canh, Vĩnh Thạnh; mức đầu tư mỗi công trình từ 3,5 đến 5 tỷ đồng.

NGỌC NHUẬN
14/11/2023
"""

TP = "Tuy Phước"
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2023-11-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NDN = "nhà đa năng Trường THCS Phước Hưng"

FIGS = [
    F("Sau 8 tháng", "8", 8, "measure", "tháng", subject="thời gian thi công nhà đa năng", location=TP,
      optional=True),
    F("sàn 720 m2", "720", 720, "measure", "m2", subject=f"diện tích sàn {NDN}", location=TP),
    F("hai sân cầu lông", "hai", 2, "count", "sân cầu lông", subject=f"sân cầu lông trong {NDN}", location=TP),
    F("phí 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", subject=f"tổng kinh phí {NDN}", location=TP),
    F("có 18 lớp", "18", 18, "count", "lớp", subject="lớp của Trường THCS Phước Hưng", location=TP),
    F("712 học sinh", "712", 712, "count", "học sinh", subject="học sinh của Trường THCS Phước Hưng", location=TP),
    F("có 45 em", "45", 45, "count", "em", subject="thành viên câu lạc bộ võ cổ truyền của trường", location=TP),
    F("ba buổi", "ba", 3, "count", "buổi", subject="buổi tập mỗi tuần của câu lạc bộ võ cổ truyền", location=TP),
    F("27/52", "27", 27, "count", "trường", total=52, percent=51.9,
      subject="trường có nhà đa năng hoặc phòng học thể chất", location=TP),
    F("đầu tư 11 nhà", "11", 11, "count", "nhà đa năng", subject="nhà đa năng huyện đã đầu tư", period=SINCE,
      location=TP),
    F("hơn 38 tỷ", "38", 38e9, "money", "đồng", approx="over", subject="tổng vốn đầu tư nhà đa năng",
      period=SINCE, location=TP),
    F("khoảng 46%", "46", 46, "percent", "%", approx="about", subject="tỷ lệ trường THCS có nhà đa năng"),
    F("gần 31%", "31", 31, "percent", "%", approx="nearly", subject="tỷ lệ trường tiểu học có nhà đa năng"),
    F("thêm 35 nhà", "35", 35, "count", "nhà đa năng", status="forecast",
      subject="nhà đa năng tỉnh đầu tư thêm", period=Y24),
    F("20 công trình", "20", 20, "count", "công trình", total=35, status="forecast",
      subject="nhà đa năng đầu tư cho các huyện miền núi", period=Y24),
    F("từ 3,5 đến 5 tỷ", "3,5", 3.5e9, "money", "đồng/công trình", value_max=5e9, status="forecast",
      subject="mức đầu tư mỗi công trình nhà đa năng", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Bình Định), byline 'NGỌC NHUẬN' and bare date '14/11/2023' at the end (published).",
    "School passage (Trường THCS Phước Hưng, xã Phước Hưng, huyện Tuy Phước): its figures get Tuy Phước, also in the following sentences.",
    "Distractors: 'năm học 2023-2024', 'lớp 9A3', 'giải Nhì' (a prize name), 'Hội khỏe Phù Đổng'. 'Sau 8 tháng thi công' is a duration (optional).",
    "'từ 3,5 đến 5 tỷ đồng' per work: rate unit 'đồng/công trình'; it continues the 'dự kiến' clause after ';' → forecast.",
    "20 công trình follow 'trong đó' after 35 nhà đa năng (the same things) → total 35; the three mountain districts are a list, so location Bình Định.",
    "'Từ năm 2021 đến nay' ends at the bare date. 'ba buổi mỗi tuần' is a count of sessions (per-week word in the subject).",
]

if __name__ == "__main__":
    write("p1138-5", TEXT, NOTES, FIGS, published="2023-11-14", location="Bình Định")
