"""p1386-8: radio/TV site (Đài PT-TH Long An): late social insurance payments, 11 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """LA34 - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Xã hội | Video | Podcast

Long An: Hơn 9.400 lao động bị ảnh hưởng do doanh nghiệp chậm đóng BHXH
Thứ Hai, 09/12/2024 - 18:45

[Video] Thời lượng: 02:47

Theo BHXH tỉnh Long An, 11 tháng năm 2024, toàn tỉnh có 2.318 đơn vị chậm đóng BHXH, BHYT, BHTN với số tiền 286,4 tỷ đồng, ảnh hưởng quyền lợi của hơn 9.400 lao động. Số chậm đóng tập trung ở các huyện Đức Hòa (84,2 tỷ đồng), Bến Lức (61,7 tỷ đồng) và Cần Giuộc (39,5 tỷ đồng).

Điển hình là Công ty TNHH Giày da Thuận Phát 2 tại Khu công nghiệp Hải Sơn, huyện Đức Hòa, chậm đóng BHXH cho 1.240 công nhân từ tháng 3/2023 đến nay với số tiền gần 23 tỷ đồng. Chị Lê Thị Mỹ, công nhân của công ty, cho biết: "Tôi nghỉ việc từ tháng 7 nhưng chưa chốt được sổ nên chưa làm được hồ sơ hưởng trợ cấp thất nghiệp".

Để thu hồi nợ, BHXH tỉnh đã gửi 1.526 văn bản đôn đốc, lập biên bản làm việc với 318 đơn vị; phối hợp Công an tỉnh chuyển 4 hồ sơ đề nghị khởi tố. Từ đầu năm đến nay, số tiền chậm đóng thu hồi được đạt 58,7 tỷ đồng, chiếm 20,5% số chậm đóng.

Trong tháng 12, BHXH tỉnh dự kiến thành lập hai đoàn kiểm tra liên ngành tại 45 doanh nghiệp chậm đóng lớn, phấn đấu thu hồi từ 25 đến 30 tỷ đồng.

Phóng viên: Minh Khoa - Thanh Tùng

Tin cùng chuyên mục:
- Đức Hòa: Trao quà Tết sớm cho công nhân khó khăn
- Long An tổ chức Phiên giao dịch việc làm lần thứ 4
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
SINCE = per("từ tháng 3/2023 đến nay", "2023-03-01", "2024-12-09")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-09")
DEC = per("Trong tháng 12", "2024-12-01", "2024-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("Hơn 9.400 lao động", "9.400", 9400, "count", "lao động", approx="over",
        subject="lao động bị ảnh hưởng do doanh nghiệp chậm đóng BHXH"),
    fig("có 2.318 đơn vị", "2.318", 2318, "count", "đơn vị",
        subject="đơn vị chậm đóng BHXH, BHYT, BHTN", period=M11),
    fig("tiền 286,4 tỷ", "286,4", 286.4e9, "money", "đồng",
        subject="số tiền chậm đóng", period=M11),
    fig("hơn 9.400 lao động.", "9.400", 9400, "count", "lao động", approx="over",
        subject="lao động bị ảnh hưởng quyền lợi", period=M11),
    fig("(84,2 tỷ", "84,2", 84.2e9, "money", "đồng", subject="số chậm đóng",
        location=DH, period=inh(M11)),
    fig("(61,7 tỷ", "61,7", 61.7e9, "money", "đồng", subject="số chậm đóng",
        location="Bến Lức", period=inh(M11)),
    fig("(39,5 tỷ", "39,5", 39.5e9, "money", "đồng", subject="số chậm đóng",
        location="Cần Giuộc", period=inh(M11)),
    fig("cho 1.240 công nhân", "1.240", 1240, "count", "công nhân",
        subject="công nhân Công ty TNHH Giày da Thuận Phát 2 chậm đóng BHXH", period=SINCE, location=DH),
    fig("gần 23 tỷ", "23", 23e9, "money", "đồng", approx="nearly",
        subject="số tiền chậm đóng của Công ty TNHH Giày da Thuận Phát 2", period=SINCE, location=DH),
    fig("gửi 1.526 văn bản", "1.526", 1526, "count", "văn bản",
        subject="văn bản đôn đốc BHXH tỉnh đã gửi"),
    fig("với 318 đơn vị", "318", 318, "count", "đơn vị",
        subject="đơn vị được lập biên bản làm việc"),
    fig("chuyển 4 hồ sơ", "4", 4, "count", "hồ sơ",
        subject="hồ sơ đề nghị khởi tố"),
    fig("đạt 58,7 tỷ", "58,7", 58.7e9, "money", "đồng", percent=20.5,
        subject="số tiền chậm đóng thu hồi được", period=YTD),
    fig("lập hai đoàn", "hai", 2, "count", "đoàn", status="forecast",
        subject="đoàn kiểm tra liên ngành", period=DEC),
    fig("tại 45 doanh nghiệp", "45", 45, "count", "doanh nghiệp", status="forecast",
        subject="doanh nghiệp chậm đóng lớn được kiểm tra", period=DEC),
    fig("từ 25 đến 30 tỷ", "25", 25e9, "money", "đồng", value_max=30e9, status="target",
        subject="số tiền chậm đóng phấn đấu thu hồi", period=DEC),
]

NOTES = [
    "Radio/TV site (LA34, Đài PT-TH Long An): menu, 'Thứ Hai, 09/12/2024 - 18:45' under the headline, video length '02:47', reporters, related links.",
    "Distractors: 'LA34', 18:45, '02:47', 'Giày da Thuận Phát 2', 'tháng 7' (a date in a quote), 'lần thứ 4' in a link title.",
    "'11 tháng năm 2024' → 2024-01-01..11-30. The district list in brackets: location = district, period inherited, no total (no cue).",
    "The company passage is placed in huyện Đức Hòa: location Đức Hòa; 'từ tháng 3/2023 đến nay' → 2023-03-01 to the dateline.",
    "The enforcement sentence (1.526, 318, 4) has no period phrase and the article's '11 tháng' is not restated: no period.",
    "'chiếm 20,5% số chậm đóng' → percent attribute of 58,7 tỷ; 'Từ đầu năm đến nay' ends at the dateline 2024-12-09.",
    "'dự kiến' governs 'thành lập hai đoàn … tại 45 doanh nghiệp' (forecast); 'phấn đấu thu hồi từ 25 đến 30 tỷ' has its own cue (target), range.",
]

if __name__ == "__main__":
    write("p1386-8", TEXT, NOTES, FIGS, published="2024-12-09", location="Long An")
