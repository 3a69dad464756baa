"""p1119-2: district portal (huyện Con Cuông, Nghệ An): patrol campaign at Vườn quốc gia Pù Mát, community teams."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CON CUÔNG
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Ra quân tuần tra, tháo gỡ bẫy thú tại Vườn quốc gia Pù Mát

Thứ Ba, 15/10/2024 - 14:20

Sáng 7/10, Hạt Kiểm lâm Vườn quốc gia Pù Mát phối hợp với UBND xã Môn Sơn và Công an huyện ra quân đợt tuần tra cao điểm lần thứ 3 năm 2024 tại tiểu khu 884 và khu vực Khe Bu. Đợt ra quân huy động 45 người, chia thành 6 tổ, tuần tra liên tục trong 7 ngày.

Kết quả, các tổ đã tháo gỡ 316 bẫy dây phanh và 12 bẫy kẹp, phá hủy 4 lán trại; giải cứu một cá thể khỉ mặt đỏ bị mắc bẫy và thả về rừng.

Từ đầu năm đến nay, Hạt Kiểm lâm Vườn quốc gia Pù Mát đã tổ chức 536 lượt tuần tra trên địa bàn huyện với 2.140 ngày công, tháo gỡ 4.782 bẫy các loại, tăng 18,5% so với cùng kỳ năm 2023; lập hồ sơ xử lý 17 vụ vi phạm, thu giữ 9 khẩu súng tự chế.

Toàn huyện hiện có 32 tổ tuần tra cộng đồng với 288 thành viên tại 9 xã vùng đệm, mỗi tổ từ 8 đến 10 người. Nguồn tiền chi trả dịch vụ môi trường rừng hỗ trợ bình quân 2,5 triệu đồng/tổ/tháng.

Anh Lô Văn Hùng, tổ trưởng tổ tuần tra bản Cò Phạt, xã Môn Sơn cho biết, tổ có 9 thành viên, mỗi tháng đi rừng 4 đợt, mỗi đợt 3-4 ngày. Riêng năm nay, tổ đã tháo gỡ hơn 600 bẫy thú, vận động 5 hộ dân tự nguyện giao nộp 7 khẩu súng kíp.

Năm 2025, huyện phấn đấu 100% bản giáp ranh Vườn quốc gia Pù Mát có tổ tuần tra cộng đồng, giảm ít nhất 15% số bẫy phát hiện so với năm 2024.

Lương Thủy - Trung tâm VH-TT&TT huyện
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
NOW = P("Riêng năm nay", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("huy động 45 người", "45", 45, "count", "người", subject="người tham gia đợt ra quân tuần tra cao điểm"),
    F("chia thành 6 tổ", "6", 6, "count", "tổ", subject="tổ tuần tra của đợt ra quân"),
    F("trong 7 ngày", "7", 7, "measure", "ngày", optional=True, subject="thời gian tuần tra của đợt ra quân"),
    F("316 bẫy dây phanh", "316", 316, "count", "bẫy dây phanh", subject="bẫy dây phanh tháo gỡ trong đợt ra quân"),
    F("12 bẫy kẹp", "12", 12, "count", "bẫy kẹp", subject="bẫy kẹp tháo gỡ trong đợt ra quân"),
    F("phá hủy 4 lán trại", "4", 4, "count", "lán trại", subject="lán trại phá hủy trong đợt ra quân"),
    F("giải cứu một cá thể", "một", 1, "count", "cá thể", subject="khỉ mặt đỏ mắc bẫy được giải cứu"),
    F("536 lượt tuần tra", "536", 536, "count", "lượt tuần tra",
      subject="lượt tuần tra của Hạt Kiểm lâm Vườn quốc gia Pù Mát", period=YTD),
    F("2.140 ngày công", "2.140", 2140, "measure", "ngày công", subject="ngày công tuần tra", period=YTD),
    F("tháo gỡ 4.782 bẫy", "4.782", 4782, "count", "bẫy", change=C("increase", 18.5, "%", "cùng kỳ năm 2023"),
      subject="bẫy các loại tháo gỡ", period=YTD),
    F("xử lý 17 vụ", "17", 17, "count", "vụ vi phạm", subject="vụ vi phạm lập hồ sơ xử lý", period=YTD),
    F("thu giữ 9 khẩu", "9", 9, "count", "khẩu súng", subject="súng tự chế thu giữ", period=YTD),
    F("có 32 tổ", "32", 32, "count", "tổ tuần tra cộng đồng", subject="tổ tuần tra cộng đồng"),
    F("288 thành viên", "288", 288, "count", "thành viên", subject="thành viên tổ tuần tra cộng đồng"),
    F("tại 9 xã", "9", 9, "count", "xã vùng đệm", subject="xã vùng đệm có tổ tuần tra cộng đồng"),
    F("từ 8 đến 10 người", "8", 8, "measure", "người/tổ", value_max=10,
      subject="thành viên mỗi tổ tuần tra cộng đồng"),
    F("bình quân 2,5 triệu", "2,5", 2500000, "money", "đồng/tổ/tháng",
      subject="hỗ trợ từ tiền chi trả dịch vụ môi trường rừng cho tổ tuần tra"),
    F("tổ có 9 thành viên", "9", 9, "count", "thành viên", subject="thành viên tổ tuần tra bản Cò Phạt"),
    F("đi rừng 4 đợt", "4", 4, "measure", "đợt/tháng", subject="đợt đi rừng mỗi tháng của tổ tuần tra bản Cò Phạt"),
    F("mỗi đợt 3-4 ngày", "3", 3, "measure", "ngày/đợt", value_max=4, subject="thời gian mỗi đợt đi rừng"),
    F("hơn 600 bẫy thú", "600", 600, "count", "bẫy thú", approx="over",
      subject="bẫy thú tổ tuần tra bản Cò Phạt tháo gỡ", period=NOW),
    F("vận động 5 hộ", "5", 5, "count", "hộ dân", subject="hộ dân tự nguyện giao nộp súng", period=NOW),
    F("7 khẩu súng kíp", "7", 7, "count", "khẩu súng kíp", subject="súng kíp hộ dân tự nguyện giao nộp", period=NOW),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ bản giáp ranh Vườn quốc gia Pù Mát có tổ tuần tra cộng đồng", period=Y25),
    F("ít nhất 15%", "15", 15, "percent", "%", approx="at_least", status="target",
      subject="mức giảm số bẫy phát hiện so với năm 2024", period=Y25),
]

NOTES = [
    "District portal (huyện Con Cuông, Nghệ An): 'Thứ Ba, 15/10/2024 - 14:20'. Default location Con Cuông (district portal; the",
    "year-to-date patrol figures say 'trên địa bàn huyện'; the team of bản Cò Phạt is in xã Môn Sơn of the district).",
    "Distractors: 'Sáng 7/10', 'lần thứ 3', 'năm 2024' in the campaign's name, 'tiểu khu 884', time 14:20, 'VH-TT&TT'.",
    "The campaign figures (45 người, 6 tổ, 316, 12, 4, một cá thể) get no period (an event dated 'Sáng 7/10'). 'trong 7 ngày' is the",
    "campaign's length (optional). 'một cá thể' is a number word = 1. 'Từ đầu năm đến nay' ends at the dateline. 'Riêng năm nay' = 2024.",
    "revised after the first run: 'trên địa bàn huyện' removed from the subject of 536 lượt (a place phrase: it is the location).",
    "'mỗi tổ từ 8 đến 10 người', 'mỗi tháng … 4 đợt', 'mỗi đợt 3-4 ngày' are rates (measure, denominator in the unit).",
]

if __name__ == "__main__":
    write("p1119-2", TEXT, NOTES, FIGS, published="2024-10-15", location="Con Cuông")
