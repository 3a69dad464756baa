"""p1561-3: formal report (UBND tỉnh Ninh Thuận): water-saving irrigation 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH THUẬN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 25 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển tưới tiên tiến, tiết kiệm nước năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích
Năm 2024, toàn tỉnh thực hiện mới 1.260 ha tưới tiên tiến, tiết kiệm nước, đạt 105% kế hoạch; lũy kế đến hết năm 2024 đạt 9.740 ha, chủ yếu trên cây nho, táo, măng tây xanh và cây ăn quả.

Bảng: Diện tích tưới tiên tiến, tiết kiệm nước theo địa bàn
Đơn vị tính: ha
Huyện, thành phố | Năm 2023 | Năm 2024 | Kế hoạch 2025
Ninh Phước | 2.350 | 2.610 | 2.900
Ninh Sơn | 1.980 | 2.290 | 2.600
Bác Ái | 1.120 | 1.350 | 1.500
Thuận Bắc | 1.470 | 1.620 | 1.800
Các huyện còn lại | 1.560 | 1.870 | 2.200
Tổng cộng | 8.480 | 9.740 | 11.000

2. Kinh phí
Tổng kinh phí thực hiện năm 2024 khoảng 46,8 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 14,2 tỷ đồng (chiếm 30,3%), người dân và doanh nghiệp đối ứng 32,6 tỷ đồng. Có 2.315 hộ và 4 hợp tác xã tham gia; mức hỗ trợ bình quân 6,1 triệu đồng/hộ.

II. NHIỆM VỤ NĂM 2025
Phấn đấu thực hiện mới ít nhất 1.260 ha, đưa tổng diện tích tưới tiết kiệm lên khoảng 11 nghìn ha, chiếm 25% diện tích cây trồng cạn; ưu tiên vùng khô hạn các huyện Thuận Nam, Ninh Phước. Đề nghị Bộ Nông nghiệp và PTNT hỗ trợ tỉnh 20 tỷ đồng từ nguồn vốn sự nghiệp.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTH.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Bình
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
P25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24L = per("năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("lũy kế đến hết năm 2024", None, "2024-12-31")
N25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31")
S = "diện tích tưới tiên tiến, tiết kiệm nước"

ROWS = [("Ninh Phước", "Ninh Phước", ("2.350", "2.610", "2.900")),
        ("Ninh Sơn", "Ninh Sơn", ("1.980", "2.290", "2.600")),
        ("Bác Ái", "Bác Ái", ("1.120", "1.350", "1.500")),
        ("Thuận Bắc", "Thuận Bắc", ("1.470", "1.620", "1.800")),
        ("Các huyện còn lại", None, ("1.560", "1.870", "2.200")),
        ("Tổng cộng", None, ("8.480", "9.740", "11.000"))]


def table():
    out = []
    for label, loc, cells in ROWS:
        a, b, c = cells
        if loc:
            subj = S
            kw = {"location": loc}
        else:
            subj = f"{S} {label.lower()}"
            kw = {}
        row = f"{label} | {a} | {b} | {c}"
        out.append(fig(f"{label} | {a}", a, float(a.replace('.', '')), "measure", "ha",
                       subject=f"{subj} năm 2023", period=Y23, **kw))
        out.append(fig(f"| {a} | {b}", b, float(b.replace('.', '')), "measure", "ha",
                       subject=f"{subj} năm 2024", period=Y24, **kw))
        out.append(fig(f"{b} | {c}", c, float(c.replace('.', '')), "measure", "ha", status="target",
                       subject=f"{subj} kế hoạch 2025", period=P25, **kw))
    return out


FIGS = [
    fig("mới 1.260 ha", "1.260", 1260, "measure", "ha", percent=105,
        subject="diện tích tưới tiên tiến, tiết kiệm nước thực hiện mới", period=Y24),
    fig("đạt 9.740 ha", "9.740", 9740, "measure", "ha",
        subject="diện tích tưới tiên tiến, tiết kiệm nước lũy kế", period=ASOF),
] + table() + [
    fig("khoảng 46,8 tỷ", "46,8", 46.8e9, "money", "đồng", approx="about",
        subject="tổng kinh phí thực hiện tưới tiết kiệm", period=Y24L),
    fig("hỗ trợ 14,2 tỷ", "14,2", 14.2e9, "money", "đồng", total=46.8e9, percent=30.3,
        subject="ngân sách nhà nước hỗ trợ", period=Y24L),
    fig("đối ứng 32,6 tỷ", "32,6", 32.6e9, "money", "đồng", total=46.8e9,
        subject="kinh phí người dân và doanh nghiệp đối ứng", period=Y24L),
    fig("Có 2.315 hộ", "2.315", 2315, "count", "hộ",
        subject="hộ tham gia tưới tiết kiệm", period=inh(Y24L)),
    fig("và 4 hợp tác xã", "4", 4, "count", "hợp tác xã",
        subject="hợp tác xã tham gia tưới tiết kiệm", period=inh(Y24L)),
    fig("bình quân 6,1 triệu", "6,1", 6.1e6, "money", "đồng/hộ",
        subject="mức hỗ trợ bình quân", period=inh(Y24L)),
    fig("ít nhất 1.260 ha", "1.260", 1260, "measure", "ha", approx="at_least", status="target",
        subject="diện tích tưới tiết kiệm thực hiện mới", period=inh(N25)),
    fig("khoảng 11 nghìn ha", "11", 11000, "measure", "ha", approx="about", status="target", percent=25,
        subject="tổng diện tích tưới tiết kiệm", period=inh(N25)),
    fig("hỗ trợ tỉnh 20 tỷ", "20", 20e9, "money", "đồng",
        subject="kinh phí đề nghị Bộ Nông nghiệp và PTNT hỗ trợ từ nguồn vốn sự nghiệp", period=inh(N25),
        optional=True),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH THUẬN', 'Số: 412/BC-UBND', 'Ninh Thuận, ngày 25 tháng 12 năm 2024' (published), sections I/II and 1-2, 'Nơi nhận'.",
    "Flattened '|' table by district: 'Đơn vị tính: ha'; columns Năm 2023 / Năm 2024 / Kế hoạch 2025 (target); rows are places → location, subject = table indicator + column.",
    "'Các huyện còn lại' and 'Tổng cộng' are not one place: location Ninh Thuận (default), the row label goes into the subject. Table cells get no total.",
    "'lũy kế đến hết năm 2024 đạt 9.740 ha' is an as-of figure: start null, end 2024-12-31. 'đạt 105% kế hoạch' is the percent of 1.260 ha.",
    "'trong đó ngân sách ... 14,2 tỷ đồng (chiếm 30,3%), người dân ... 32,6 tỷ đồng': parts of 46,8 tỷ (total), the first with percent 30,3.",
    "Section II 'NHIỆM VỤ NĂM 2025' with 'Phấn đấu': both area figures are targets (period from the heading, inherited). 'Đề nghị Bộ ... hỗ trợ 20 tỷ' is a request: optional (the spec has no status for a requested amount).",
    "Distractors: 'Số: 412/BC-UBND', the letterhead date, section numbers I., II., 1., 2., 'Lưu: VT, KTTH', 'KT. CHỦ TỊCH'.",
]

if __name__ == "__main__":
    write("p1561-3", TEXT, NOTES, FIGS, published="2024-12-25", location="Ninh Thuận")
