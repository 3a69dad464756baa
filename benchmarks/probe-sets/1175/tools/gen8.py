"""p1175-8: provincial newspaper online (Báo Quảng Bình, '(QBĐT) -'): ferry landings before the storm season, quý III/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Quảng Bình: Hơn 90% bến đò ngang đã được cấp phép

08/10/2024 15:40

(QBĐT) - Tính đến ngày 30/9, toàn tỉnh có 64 bến khách ngang sông đang hoạt động, trong đó 58 bến đã được cấp phép, đạt 90,6%, tăng 5 bến so với cuối năm 2023. Các bến tập trung ở các huyện Tuyên Hóa (17 bến), Lệ Thủy (14 bến), Minh Hóa (11 bến) và Quảng Trạch (9 bến).

Trong quý III, lực lượng Cảnh sát đường thủy Công an tỉnh đã kiểm tra 212 lượt phương tiện, phát hiện 39 trường hợp vi phạm (trong đó 17 trường hợp không trang bị đủ áo phao), giảm 12 trường hợp so với quý II; phạt tiền 71 triệu đồng.

Ở xã Thanh Hóa (huyện Tuyên Hóa), bến đò Tân Lý là lối đi duy nhất của khoảng 1.200 người dân thôn Tân Lý sang trung tâm xã. Năm 2024, UBND huyện hỗ trợ 150 triệu đồng để gia cố cầu dẫn, lắp 2 cột đèn chiếu sáng và trang bị 40 áo phao. Người lái đò, anh Cao Xuân Tám, được hỗ trợ 1,5 triệu đồng/tháng từ ngân sách xã; mỗi chuyến đò chở từ 8 đến 10 người.

Theo Sở GTVT, trong quý IV, tỉnh phấn đấu hoàn thành cấp phép cho tất cả các bến, tổ chức 5 lớp tập huấn cho khoảng 180 người lái đò; kinh phí dự kiến khoảng 600 triệu đồng. Cùng với đó, ngành chức năng sẽ tăng cường kiểm tra vào các khung giờ cao điểm từ 5 giờ 30 đến 7 giờ và từ 16 giờ 30 đến 18 giờ.

Người dân phát hiện bến đò hoạt động không phép có thể báo qua đường dây nóng 0232.3822.114.

MINH PHONG
"""

ASOF = per("Tính đến ngày 30/9", None, "2024-09-30")
Q3 = per("Trong quý III", "2024-07-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("trong quý IV", "2024-10-01", "2024-12-31")
LIST = "bến khách ngang sông"
TH = "Tuyên Hóa"

FIGS = [
    fig("Hơn 90%", "90", 90, "percent", "%", approx="over", subject="bến đò ngang đã được cấp phép"),
    fig("có 64 bến", "64", 64, "count", "bến", subject="bến khách ngang sông đang hoạt động", period=ASOF),
    fig("58 bến", "58", 58, "count", "bến", total=64, percent=90.6,
        change=chg("increase", 5, "bến", "cuối năm 2023"),
        subject="bến khách ngang sông đã được cấp phép", period=ASOF),
    fig("Tuyên Hóa (17 bến)", "17", 17, "count", "bến", subject=LIST, period=inh(ASOF), location="Tuyên Hóa"),
    fig("Lệ Thủy (14 bến)", "14", 14, "count", "bến", subject=LIST, period=inh(ASOF), location="Lệ Thủy"),
    fig("Minh Hóa (11 bến)", "11", 11, "count", "bến", subject=LIST, period=inh(ASOF), location="Minh Hóa"),
    fig("Quảng Trạch (9 bến)", "9", 9, "count", "bến", subject=LIST, period=inh(ASOF), location="Quảng Trạch"),
    fig("212 lượt", "212", 212, "count", "lượt phương tiện", subject="lượt phương tiện được kiểm tra", period=Q3),
    fig("39 trường hợp", "39", 39, "count", "trường hợp", change=chg("decrease", 12, "trường hợp", "quý II"),
        subject="trường hợp vi phạm phát hiện", period=Q3),
    fig("17 trường hợp", "17", 17, "count", "trường hợp", total=39,
        subject="trường hợp vi phạm không trang bị đủ áo phao", period=Q3),
    fig("71 triệu", "71", 71000000, "money", "đồng", subject="tiền phạt vi phạm", period=Q3),
    fig("khoảng 1.200 người", "1.200", 1200, "count", "người dân", approx="about",
        subject="người dân thôn Tân Lý đi qua bến đò Tân Lý", location=TH),
    fig("150 triệu", "150", 150000000, "money", "đồng", subject="kinh phí huyện hỗ trợ gia cố cầu dẫn bến đò Tân Lý",
        period=Y24, location=TH),
    fig("2 cột đèn", "2", 2, "count", "cột đèn chiếu sáng", subject="cột đèn chiếu sáng lắp tại bến đò Tân Lý",
        period=Y24, location=TH),
    fig("40 áo phao", "40", 40, "count", "áo phao", subject="áo phao trang bị cho bến đò Tân Lý", period=Y24,
        location=TH),
    fig("1,5 triệu", "1,5", 1500000, "money", "đồng/tháng", subject="hỗ trợ người lái đò từ ngân sách xã",
        location=TH),
    fig("từ 8 đến 10 người", "8", 8, "measure", "người/chuyến", value_max=10,
        subject="số người mỗi chuyến đò chở", location=TH),
    fig("5 lớp", "5", 5, "count", "lớp", status="target", subject="lớp tập huấn cho người lái đò", period=Q4),
    fig("khoảng 180 người", "180", 180, "count", "người lái đò", approx="about", status="target",
        subject="người lái đò được tập huấn", period=Q4),
    fig("khoảng 600 triệu", "600", 600000000, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí tập huấn, cấp phép bến đò", period=Q4),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Bình): headline figure, bare dateline '08/10/2024 15:40', tag '(QBĐT) -', byline at the end.",
    "Location trap: 'xã Thanh Hóa (huyện Tuyên Hóa)' is a commune named like a province; the passage's figures are in Tuyên Hóa.",
    "Distractors: time 15:40, peak hours '5 giờ 30 đến 7 giờ', '16 giờ 30 đến 18 giờ', hotline 0232.3822.114, 'anh Cao Xuân Tám' (tám = eight).",
    "Year-less 'Tính đến ngày 30/9', 'quý III', 'quý II', 'quý IV' take 2024 from the dateline.",
    "58 bến: total 64 (trong đó), percent 90,6, change +5 bến vs cuối năm 2023. District list 17+14+11+9 ≠ 64 ('tập trung ở'): no total.",
    "'39 trường hợp vi phạm (trong đó 17 ...), giảm 12 trường hợp so với quý II' → the change jumps the bracket to 39; 17 gets total 39.",
    "'phấn đấu' governs 5 lớp and 180 người (continuing clause); 'kinh phí dự kiến' → forecast. Headline 'Hơn 90%' has no period.",
    "revised after the first run: headline 'Hơn 90%' loses the added word 'tỷ lệ' (not in the sentence; FIGURES.md: the indicator as the sentence names it).",
]

if __name__ == "__main__":
    write("p1175-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Quảng Bình")
