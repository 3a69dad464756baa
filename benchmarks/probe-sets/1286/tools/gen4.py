"""p1286-4: Party newspaper (Báo Cà Mau, tag (CMO)): erosion of the West Sea coast and dyke by spring tides and big waves."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Nông nghiệp - Nông thôn

Khẩn cấp bảo vệ đê biển Tây trước sóng lớn, triều cường

Thứ Ba, 15/10/2024 | 07:20

Triều cường kết hợp sóng lớn và gió mùa Tây Nam mạnh những ngày qua đã gây sạt lở nghiêm trọng nhiều đoạn bờ biển Tây, đe dọa trực tiếp tuyến đê biển và hàng trăm hộ dân sống phía trong.

(CMO) - Theo Chi cục Thủy lợi tỉnh, từ đầu tháng 8 đến nay, toàn tỉnh ghi nhận 14 điểm sạt lở bờ biển Tây với tổng chiều dài gần 6,8 km, tăng 4 điểm so với cùng kỳ năm 2023; trong đó có 5 điểm sạt lở đặc biệt nguy hiểm. Tốc độ sạt lở năm nay nhanh gấp đôi năm trước; nhiều nơi mép sạt lở chỉ còn cách chân đê từ 5 đến 10 m.

Tại ấp Kênh Năm, xã Khánh Hải, huyện Trần Văn Thời, bờ biển bị sóng đánh lùi sâu vào đất liền hơn 30 m so với năm 2020, khoảng 12 ha rừng phòng hộ bị mất. Ông Lê Minh Tâm, Phó Chủ tịch UBND xã, cho biết xã có 37 hộ trong vùng nguy cơ sạt lở cao, đã di dời khẩn cấp 18 hộ đến nơi an toàn.

Cà Mau hiện có 94 km đê biển Tây, song còn khoảng 24 km chưa có kè bảo vệ; về số điểm sạt lở bờ biển, tỉnh đứng thứ nhất khu vực Đồng bằng sông Cửu Long. Năm 2024, tỉnh bố trí hơn 320 tỷ đồng thi công 4 công trình kè chống sạt lở dài tổng cộng 7,6 km; đến nay đã hoàn thành khoảng 65% khối lượng.

Theo kế hoạch giai đoạn 2025-2030, tỉnh đặt mục tiêu huy động khoảng 2.500 tỷ đồng để kè kiên cố toàn tuyến đê biển Tây, đồng thời trồng mới 300 ha rừng phòng hộ ven biển.

HOÀNG VŨ
"""

SINCE = per("từ đầu tháng 8 đến nay", "2024-08-01", "2024-10-15")
THIS = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("đến nay", None, "2024-10-15")
PLAN = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
TVT = "Trần Văn Thời"

FIGS = [
    fig("hàng trăm hộ", "trăm", 100, "count", "hộ", approx="about",
        subject="hộ dân sống phía trong đê biển", optional=True),
    fig("nhận 14 điểm", "14", 14, "count", "điểm", change=chg("increase", 4, "điểm", "cùng kỳ năm 2023"),
        subject="điểm sạt lở bờ biển Tây", period=SINCE),
    fig("gần 6,8 km", "6,8", 6.8, "measure", "km", approx="nearly",
        subject="tổng chiều dài sạt lở bờ biển Tây", period=SINCE),
    fig("có 5 điểm", "5", 5, "count", "điểm", total=14,
        subject="điểm sạt lở đặc biệt nguy hiểm", period=SINCE),
    fig("gấp đôi", "đôi", 2, "multiple", "lần",
        subject="tốc độ sạt lở năm nay so với năm trước", period=THIS),
    fig("từ 5 đến 10 m", "5", 5, "measure", "m", value_max=10,
        subject="khoảng cách từ mép sạt lở đến chân đê"),
    fig("hơn 30 m", "30", 30, "measure", "m", approx="over",
        subject="bờ biển bị sóng đánh lùi sâu vào đất liền", location=TVT),
    fig("khoảng 12 ha", "12", 12, "measure", "ha", approx="about",
        subject="rừng phòng hộ bị mất", location=TVT),
    fig("có 37 hộ", "37", 37, "count", "hộ",
        subject="hộ trong vùng nguy cơ sạt lở cao", location=TVT),
    fig("khẩn cấp 18 hộ", "18", 18, "count", "hộ",
        subject="hộ di dời khẩn cấp", location=TVT),
    fig("có 94 km", "94", 94, "measure", "km", subject="đê biển Tây"),
    fig("thứ nhất", "nhất", 1, "rank", "hạng",
        subject="số điểm sạt lở bờ biển"),
    fig("khoảng 24 km", "24", 24, "measure", "km", approx="about",
        subject="đê biển Tây chưa có kè bảo vệ"),
    fig("hơn 320 tỷ", "320", 320e9, "money", "đồng", approx="over", period=Y24,
        subject="vốn bố trí thi công kè chống sạt lở"),
    fig("4 công trình", "4", 4, "count", "công trình", period=Y24,
        subject="công trình kè chống sạt lở"),
    fig("cộng 7,6 km", "7,6", 7.6, "measure", "km", period=Y24,
        subject="tổng chiều dài các công trình kè chống sạt lở"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about", period=NOW,
        subject="khối lượng các công trình kè đã hoàn thành"),
    fig("khoảng 2.500 tỷ", "2.500", 2500e9, "money", "đồng", approx="about", status="target", period=PLAN,
        subject="vốn huy động để kè kiên cố toàn tuyến đê biển Tây"),
    fig("mới 300 ha", "300", 300, "measure", "ha", status="target", period=PLAN,
        subject="rừng phòng hộ ven biển trồng mới"),
]

NOTES = [
    "Party newspaper (Báo Cà Mau): menu, headline, 'Thứ Ba, 15/10/2024 | 07:20', sapo, body opening with the tag '(CMO) -', byline at the end.",
    "Distractors: 07:20, 'ấp Kênh Năm' (a place name with a number word), 'huyện Trần Văn Thời', baselines 'năm 2023', 'năm 2020', 'năm trước'.",
    "Optional: 'hàng trăm hộ' in the sapo (a vague quantity word; the spec gives 'hàng chục nghìn' as approx without saying which value).",
    "'14 điểm ... với tổng chiều dài gần 6,8 km, tăng 4 điểm so với cùng kỳ năm 2023' → the change (4 điểm) attaches to 14 across the clause;",
    "'trong đó có 5 điểm' → total 14. 'từ đầu tháng 8 đến nay' → 2024-08-01..dateline. 'gấp đôi năm trước' → multiple 2 (đôi), period 'năm nay'.",
    "'lùi sâu ... hơn 30 m so với năm 2020' is the claim itself (a retreat), no change object, no period. Ấp Kênh Năm passage → Trần Văn Thời.",
    "'về số điểm sạt lở bờ biển, tỉnh đứng thứ nhất khu vực ĐBSCL' → rank 1 (ordinal word 'nhất'), location Cà Mau (a province's rank). 'đến nay ... khoảng 65%' → percent figure, as-of the dateline.",
    "'Theo kế hoạch giai đoạn 2025-2030, tỉnh đặt mục tiêu ...' → target for both figures of the sentence.",
]

if __name__ == "__main__":
    write("p1286-4", TEXT, NOTES, FIGS, published="2024-10-15", location="Cà Mau")
