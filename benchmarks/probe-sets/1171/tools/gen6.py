"""p1171-6: national newspaper (VnExpress-like): Hà Nội car-licence candidates failing the simulation test."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự › Giao thông
Thứ tư, 15/5/2024, 10:05 (GMT+7)

Gần 30% thí sinh thi bằng lái ô tô ở Hà Nội trượt phần mô phỏng

Bốn tháng đầu năm, các trung tâm sát hạch tại Hà Nội tổ chức sát hạch lái xe ô tô cho 42.680 thí sinh, trong đó 12.510 người trượt phần thi mô phỏng các tình huống giao thông, chiếm 29,3%.

Theo Sở GTVT Hà Nội, thành phố có 12 trung tâm sát hạch lái xe ô tô và 78 cơ sở đào tạo. Phần thi mô phỏng gồm 10 tình huống ngẫu nhiên trong bộ 120 tình huống, thí sinh phải đạt từ 35/50 điểm trở lên.

Anh Nguyễn Đức Mạnh (32 tuổi) cho biết đã thi hai lần mới qua phần mô phỏng. "Lần thứ nhất tôi chỉ được 31 điểm, lần thứ 2 đạt 38 điểm", anh kể. Tổng chi phí học và thi bằng B2 của anh khoảng 17 triệu đồng, cao hơn 2 triệu đồng so với dự tính.

Trên cả nước, năm 2023 có khoảng 1,1 triệu thí sinh dự sát hạch lái xe ô tô, tỷ lệ đạt phần mô phỏng bình quân 81%, theo Cục Đường bộ Việt Nam. Từ ngày 1/1/2025, theo Luật Trật tự, an toàn giao thông đường bộ, GPLX được chia thành 15 hạng thay vì 13 hạng như hiện nay.

Sở GTVT Hà Nội dự kiến trong quý III sẽ đưa thêm 2 trung tâm sát hạch tại huyện Sóc Sơn và Thường Tín vào hoạt động, nâng năng lực sát hạch thêm khoảng 1.500 thí sinh/tháng.

Võ Hải
"""

M4 = P("Bốn tháng đầu năm", "2024-01-01", "2024-04-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
VN = "Việt Nam"

FIGS = [
    F("Gần 30%", "30", 30, "percent", "%", approx="nearly",
      subject="thí sinh thi bằng lái ô tô trượt phần mô phỏng"),
    F("cho 42.680 thí sinh", "42.680", 42680, "count", "thí sinh",
      subject="thí sinh sát hạch lái xe ô tô", period=M4),
    F("12.510 người", "12.510", 12510, "count", "người", total=42680, percent=29.3,
      subject="thí sinh trượt phần thi mô phỏng các tình huống giao thông", period=M4),
    F("có 12 trung tâm", "12", 12, "count", "trung tâm sát hạch",
      subject="trung tâm sát hạch lái xe ô tô"),
    F("78 cơ sở", "78", 78, "count", "cơ sở đào tạo", subject="cơ sở đào tạo lái xe"),
    F("gồm 10 tình huống", "10", 10, "count", "tình huống", optional=True,
      subject="tình huống trong phần thi mô phỏng", location=VN),
    F("bộ 120 tình huống", "120", 120, "count", "tình huống", optional=True,
      subject="tình huống trong bộ câu hỏi mô phỏng", location=VN),
    F("từ 35/50 điểm", "35", 35, "measure", "điểm", approx="at_least", total=50, optional=True,
      subject="điểm tối thiểu phần thi mô phỏng", location=VN),
    F("32 tuổi", "32", 32, "measure", "tuổi", optional=True, subject="tuổi anh Nguyễn Đức Mạnh"),
    F("thi hai lần", "hai", 2, "count", "lần", subject="lần thi phần mô phỏng của anh Nguyễn Đức Mạnh"),
    F("được 31 điểm", "31", 31, "measure", "điểm", subject="điểm phần mô phỏng lần thứ nhất"),
    F("đạt 38 điểm", "38", 38, "measure", "điểm", subject="điểm phần mô phỏng lần thứ 2"),
    F("khoảng 17 triệu", "17", 17000000, "money", "đồng", approx="about",
      change=C("increase", 2000000, "đồng", "dự tính"),
      subject="tổng chi phí học và thi bằng B2"),
    F("khoảng 1,1 triệu", "1,1", 1100000, "count", "thí sinh", approx="about",
      subject="thí sinh dự sát hạch lái xe ô tô", period=Y23, location=VN),
    F("bình quân 81%", "81", 81, "percent", "%",
      subject="tỷ lệ đạt phần mô phỏng", period=Y23, location=VN),
    F("thành 15 hạng", "15", 15, "count", "hạng", subject="hạng GPLX", location=VN),
    F("thay vì 13 hạng", "13", 13, "count", "hạng", subject="hạng GPLX hiện nay", location=VN),
    F("thêm 2 trung tâm", "2", 2, "count", "trung tâm sát hạch", status="forecast",
      subject="trung tâm sát hạch đưa thêm vào hoạt động", period=Q3),
    F("khoảng 1.500 thí sinh/tháng", "1.500", 1500, "measure", "thí sinh/tháng", approx="about",
      status="forecast", subject="năng lực sát hạch tăng thêm", period=Q3),
]

NOTES = [
    "National newspaper (VnExpress style): 'Thứ tư, 15/5/2024, 10:05 (GMT+7)' (published), byline 'Võ Hải' at the end.",
    "Default location Hà Nội; the national paragraph (cả nước, Cục Đường bộ, the law's licence classes) is Việt Nam.",
    "'Bốn tháng đầu năm' takes 2024 from the dateline. 'quý III' likewise. The headline 'Gần 30%' has no period.",
    "'12.510 người ... chiếm 29,3%' after 'trong đó': total 42.680 and share 29,3.",
    "Test rules (10 of 120 situations, pass mark 35/50) and a person's age are optional. 'thi hai lần' is a number-word count.",
    "Distractors: 'Lần thứ nhất', 'lần thứ 2' (ordinals), 'bằng B2', '(GMT+7)', 10:05, 'Từ ngày 1/1/2025'.",
    "The two new centres 'tại huyện Sóc Sơn và Thường Tín' span two districts: location stays Hà Nội.",
]

if __name__ == "__main__":
    write("p1171-6", TEXT, NOTES, FIGS, published="2024-05-15", location="Hà Nội")
