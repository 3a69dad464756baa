"""p1356-4: formal report (UBND tỉnh Quảng Trị): heat, health and power, first half of 2024; flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 142/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 25 tháng 6 năm 2024

BÁO CÁO
Tình hình nắng nóng và công tác ứng phó 6 tháng đầu năm 2024

I. TÌNH HÌNH NẮNG NÓNG
Từ đầu năm đến nay, trên địa bàn tỉnh đã xảy ra 4 đợt nắng nóng, trong đó có 2 đợt nắng nóng gay gắt kéo dài từ 5 đến 7 ngày. Nhiệt độ cao nhất đo được tại TP Đông Hà là 41,6 độ C (ngày 2/5/2024), cao hơn 1,2 độ C so với năm 2023.

II. Y TẾ VÀ CUNG ỨNG ĐIỆN
1. Về y tế
Các cơ sở y tế trong tỉnh ước khám, điều trị 9.870 lượt người mắc các bệnh liên quan đến nắng nóng, tăng 14,6% so với cùng kỳ; không có trường hợp tử vong. Các địa phương có số ca cao nhất như sau:

Đơn vị tính: lượt người
Địa phương | 6 tháng năm 2023 | Ước 6 tháng năm 2024 | So với cùng kỳ (%)
TP Đông Hà | 2.140 | 2.415 | 112,9
Huyện Vĩnh Linh | 1.318 | 1.502 | 114,0
Huyện Hải Lăng | 1.105 | 1.236 | 111,9
Huyện Hướng Hóa | 1.620 | 1.973 | 121,8
Tổng cộng | 6.183 | 7.126 | 115,3

2. Về cung ứng điện
Sản lượng điện thương phẩm 6 tháng ước đạt 698 triệu kWh, tăng 13,8% so với cùng kỳ năm 2023, bằng 51,2% kế hoạch năm; công suất cực đại ngày 3/5/2024 đạt 286 MW. Toàn tỉnh xảy ra 12 lần cắt điện do quá tải cục bộ, giảm 9 lần so với cùng kỳ; thời gian mỗi lần cắt điện không quá 2 giờ.

III. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu 100% trạm y tế xã có phương án cấp cứu sốc nhiệt; tiết kiệm ít nhất 2,5% điện năng tiêu thụ cả năm; đầu tư 15 trạm biến áp chống quá tải với tổng kinh phí khoảng 46 tỷ đồng.

Nơi nhận:
- Bộ Y tế, Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Nam
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-25")
D2 = per("ngày 2/5/2024", "2024-05-02", "2024-05-02")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = per("6 tháng", "2024-01-01", "2024-06-30")
D3 = per("ngày 3/5/2024", "2024-05-03", "2024-05-03")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
C23 = per("6 tháng năm 2023", "2023-01-01", "2023-06-30")
C24 = per("Ước 6 tháng năm 2024", "2024-01-01", "2024-06-30")
CMP = per("So với cùng kỳ (%)", inherited=True)

ROWS = [("TP Đông Hà", "Đông Hà", ["2.140", "2.415", "112,9"]),
        ("Huyện Vĩnh Linh", "Vĩnh Linh", ["1.318", "1.502", "114,0"]),
        ("Huyện Hải Lăng", "Hải Lăng", ["1.105", "1.236", "111,9"]),
        ("Huyện Hướng Hóa", "Hướng Hóa", ["1.620", "1.973", "121,8"]),
        ("Tổng cộng", None, ["6.183", "7.126", "115,3"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        extra = {"location": place} if place else {}
        head = "Tổng cộng " if not place else ""
        for i, n in enumerate(nums):
            a = f"{prev} | {n}"
            if i == 0:
                out.append(fig(a, n, float(n.replace(".", "")), "count", "lượt người",
                               subject=f"{head}6 tháng năm 2023", period=C23, **extra))
            elif i == 1:
                out.append(fig(a, n, float(n.replace(".", "")), "count", "lượt người", status="estimate",
                               subject=f"{head}Ước 6 tháng năm 2024", period=C24, **extra))
            else:
                out.append(fig(a, n, float(n.replace(",", ".")), "percent", "%",
                               subject=f"{head}So với cùng kỳ (%)", period=CMP, **extra))
            prev = n
    return out


FIGS = [
    fig("ra 4 đợt", "4", 4, "count", "đợt nắng nóng", subject="đợt nắng nóng", period=YTD),
    fig("có 2 đợt", "2", 2, "count", "đợt nắng nóng", total=4, subject="đợt nắng nóng gay gắt", period=YTD),
    fig("từ 5 đến 7 ngày", "5", 5, "measure", "ngày", value_max=7,
        subject="thời gian kéo dài đợt nắng nóng gay gắt", period=YTD),
    fig("là 41,6 độ C", "41,6", 41.6, "measure", "độ C", change=chg("increase", 1.2, "độ C", "năm 2023"),
        subject="nhiệt độ cao nhất", period=D2, location="Đông Hà"),
    fig("điều trị 9.870 lượt", "9.870", 9870, "count", "lượt người", status="estimate",
        change=chg("increase", 14.6, "%", "cùng kỳ"),
        subject="lượt người mắc các bệnh liên quan đến nắng nóng được khám, điều trị", period=inh(H1)),
] + cells() + [
    fig("ước đạt 698 triệu", "698", 698e6, "measure", "kWh", status="estimate", percent=51.2,
        change=chg("increase", 13.8, "%", "cùng kỳ năm 2023"),
        subject="sản lượng điện thương phẩm", period=H1s),
    fig("đạt 286 MW", "286", 286, "measure", "MW", subject="công suất cực đại", period=D3),
    fig("ra 12 lần", "12", 12, "count", "lần cắt điện", change=chg("decrease", 9, "lần", "cùng kỳ"),
        subject="lần cắt điện do quá tải cục bộ", period=inh(H1s)),
    fig("không quá 2 giờ", "2", 2, "measure", "giờ", approx="at_most",
        subject="thời gian mỗi lần cắt điện"),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trạm y tế xã có phương án cấp cứu sốc nhiệt"),
    fig("ít nhất 2,5%", "2,5", 2.5, "percent", "%", approx="at_least", status="target",
        subject="tiết kiệm điện năng tiêu thụ", period=YEAR),
    fig("đầu tư 15 trạm", "15", 15, "count", "trạm biến áp", status="target",
        subject="trạm biến áp chống quá tải đầu tư"),
    fig("khoảng 46 tỷ", "46", 46e9, "money", "đồng", approx="about", status="target",
        subject="tổng kinh phí đầu tư trạm biến áp chống quá tải"),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Trị, Số: 142/BC-UBND, 'Quảng Trị, ngày 25 tháng 6 năm 2024'): heat, health and power, first half of 2024; sections I-III, 'Nơi nhận'.",
    "Flattened '|' table: 'Đơn vị tính: lượt người'; columns 6 tháng năm 2023 / Ước 6 tháng năm 2024 (estimate) / So với cùng kỳ (%) (percent cells, no period in the header: inherited, not scored; status actual: no cue in the header).",
    "Row labels are places (TP Đông Hà, huyện Vĩnh Linh, Hải Lăng, Hướng Hóa): location, not subject, so the subject is the column label (FIGURES.md, Tables). 'Tổng cộng' row: location Quảng Trị. Table cells get no total.",
    "Distractors: Số: 142/BC-UBND, the letterhead date, 'ngày 2/5/2024', 'ngày 3/5/2024', section numbers I., II., III., 1., 2., 'Lưu: VT, KGVX'.",
    "'trong đó có 2 đợt' takes total 4. 'kéo dài từ 5 đến 7 ngày' describes the heatwaves (it does not only locate a figure in time): a measure range.",
    "'ước đạt 698 triệu kWh' is an estimate; the clause after ';' with its own subject and verb ('công suất cực đại ... đạt 286 MW') is actual.",
    "Section III 'Phấn đấu' governs the three ';'-clauses (target). 'cả năm' takes 2024.",
]

if __name__ == "__main__":
    write("p1356-4", TEXT, NOTES, FIGS, published="2024-06-25", location="Quảng Trị")
