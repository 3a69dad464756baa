"""p1396-7: news agency (TTXVN / Vietnam+ style): Hải Phòng prefab swimming pools in schools, July 2024."""
from lib import F, P, I, CH, TG, write

TEXT = """Xã hội > Giáo dục

Hải Phòng đưa 45 bể bơi lắp ghép vào phục vụ dạy bơi cho học sinh

10/07/2024 14:05 GMT+7

Hải Phòng (TTXVN) - Năm 2024, thành phố Hải Phòng đầu tư 45 bể bơi lắp ghép tại các trường tiểu học, trung học cơ sở với tổng kinh phí 67,5 tỷ đồng, bình quân 1,5 tỷ đồng/bể. Đến nay, 38/45 bể đã hoàn thành, đạt 84,4%; các bể còn lại dự kiến hoàn thành trước ngày 31/7.

Mẫu bể HA-2512 do Công ty cổ phần Thiết bị thể thao Hải Âu cung cấp dài 12,5 m, rộng 6 m, sâu 0,9-1,2 m, có thể tháo lắp, di chuyển giữa các trường. Quận Lê Chân có 6 bể, huyện An Dương 5 bể, huyện Vĩnh Bảo 4 bể.

Từ tháng 6 đến hết tháng 8, các bể dự kiến dạy bơi miễn phí cho khoảng 20 nghìn học sinh, mỗi khóa 10 buổi. Thành phố đã tập huấn cho 312 giáo viên thể dục làm huấn luyện viên bơi.

Năm 2023, trên địa bàn thành phố có 21 trẻ em tử vong do đuối nước, gấp 1,5 lần năm 2022. Ông Nguyễn Văn Tiến, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, cũng trong năm 2023, tỷ lệ học sinh tiểu học biết bơi của thành phố đạt 55,3%, cao nhất từ trước đến nay.

Mục tiêu đến năm 2025, 100% trường tiểu học có bể bơi hoặc được tiếp cận bể bơi và 80% học sinh tiểu học biết bơi.

(TTXVN/Vietnam+)

Tin cùng chuyên mục:
- Thi tuyển sinh vào lớp 10 năm học 2024-2025: Hải Phòng công bố điểm chuẩn
- Sinh viên tình nguyện ra quân Chiến dịch Mùa hè xanh năm 2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-07-10")
JA = P("Từ tháng 6 đến hết tháng 8", "2024-06-01", "2024-08-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("cũng trong năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đưa 45 bể", "45", 45, "count", "bể bơi lắp ghép", subject="bể bơi lắp ghép phục vụ dạy bơi cho học sinh"),
    F("tư 45 bể", "45", 45, "count", "bể bơi lắp ghép",
      subject="bể bơi lắp ghép thành phố đầu tư tại các trường tiểu học, trung học cơ sở", period=Y24),
    F("kinh phí 67,5 tỷ", "67,5", 67.5e9, "money", "đồng", subject="tổng kinh phí đầu tư bể bơi lắp ghép",
      period=Y24),
    F("1,5 tỷ đồng/bể", "1,5", 1.5e9, "money", "đồng/bể", subject="kinh phí bình quân mỗi bể", period=Y24),
    F("38/45 bể", "38", 38, "count", "bể", total=45, percent=84.4, subject="bể đã hoàn thành", period=NOW),
    F("dài 12,5 m", "12,5", 12.5, "measure", "m", subject="chiều dài mẫu bể HA-2512"),
    F("rộng 6 m", "6", 6, "measure", "m", subject="chiều rộng mẫu bể HA-2512"),
    F("sâu 0,9-1,2 m", "0,9", 0.9, "measure", "m", value_max=1.2, subject="độ sâu mẫu bể HA-2512"),
    F("có 6 bể", "6", 6, "count", "bể", subject="bể bơi lắp ghép", location="Lê Chân"),
    F("An Dương 5 bể", "5", 5, "count", "bể", subject="bể bơi lắp ghép", location="An Dương"),
    F("Vĩnh Bảo 4 bể", "4", 4, "count", "bể", subject="bể bơi lắp ghép", location="Vĩnh Bảo"),
    F("khoảng 20 nghìn", "20", 20000, "count", "học sinh", approx="about", status="forecast",
      subject="học sinh được dạy bơi miễn phí", period=JA),
    F("mỗi khóa 10 buổi", "10", 10, "count", "buổi", status="forecast", subject="buổi mỗi khóa dạy bơi",
      period=JA),
    F("cho 312 giáo viên", "312", 312, "count", "giáo viên thể dục",
      subject="giáo viên thể dục được tập huấn làm huấn luyện viên bơi"),
    F("có 21 trẻ em", "21", 21, "count", "trẻ em", change=CH("increase", 1.5, "lần", "năm 2022"),
      subject="trẻ em tử vong do đuối nước", period=Y23),
    F("đạt 55,3%", "55,3", 55.3, "percent", "%", subject="tỷ lệ học sinh tiểu học biết bơi", period=Y23b),
    F("2025, 100% trường", "100", 100, "percent", "%", status="target",
      subject="trường tiểu học có bể bơi hoặc được tiếp cận bể bơi", period=TO25),
    F("và 80% học sinh", "80", 80, "percent", "%", status="target", subject="học sinh tiểu học biết bơi",
      period=TO25),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): section path, headline figure, '10/07/2024 14:05 GMT+7', 'Hải Phòng (TTXVN) -', related links.",
    "Distractors: 14:05, 'ngày 31/7', 'Mẫu bể HA-2512' (product name), 'lớp 10 năm học 2024-2025' in a link.",
    "'Đến nay' → as-of the dateline (start null). '38/45 bể ..., đạt 84,4%' → total 45, percent 84,4.",
    "'gấp 1,5 lần năm 2022' after a count is its change (unit lần), not a multiple figure.",
    "List 'Quận Lê Chân có 6 bể, huyện An Dương 5 bể, huyện Vĩnh Bảo 4 bể' → each item located in its district.",
    "'dự kiến dạy bơi ... khoảng 20 nghìn học sinh, mỗi khóa 10 buổi' → both forecast (the clause continues).",
    "'Mục tiêu đến năm 2025' governs both 100% and 80% (target, end 2025).",
]

if __name__ == "__main__":
    write("p1396-7", TEXT, NOTES, FIGS, published="2024-07-10", location="Hải Phòng")
