from lib import F, P, emit

TEXT = """UỶ BAN NHÂN DÂN
HUYỆN SÌN HỒ
Số: 487/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sìn Hồ, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển dược liệu dưới tán rừng năm 2024 và phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích trồng mới
Thực hiện Nghị quyết số 06-NQ/HU ngày 15/3/2021 của Huyện ủy, năm 2024 toàn huyện trồng mới 186,5 ha cây dược liệu dưới tán rừng, đạt 103,6% kế hoạch; lũy kế đến nay đạt 1.042 ha. Kết quả theo từng loài như sau:

Đơn vị tính: ha
TT
Loài cây
Kế hoạch năm 2024
Thực hiện năm 2024
Tỷ lệ TH/KH (%)
1
Sâm Lai Châu
25
27,3
109,2
2
Thảo quả
90
92,5
102,8
3
Tam thất
35
33,2
94,9
4
Đương quy
30
33,5
111,7
Cộng
180
186,5
103,6

2. Sản lượng, liên kết tiêu thụ
Năm 2024, sản lượng dược liệu thu hoạch ước đạt 1.260 tấn (trong đó thảo quả khô 410 tấn), giá trị ước đạt 86,4 tỷ đồng, tăng 12,5% so với năm 2023. Trên địa bàn huyện có 9 hợp tác xã dược liệu, trong đó 4 hợp tác xã đã ký hợp đồng bao tiêu sản phẩm với doanh nghiệp; 2 sản phẩm đạt OCOP 3 sao.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu trồng mới 200 ha dược liệu dưới tán rừng, nâng tổng diện tích lên trên 1.240 ha; hỗ trợ 5 hợp tác xã xây dựng vùng nguyên liệu đạt chuẩn GACP-WHO.

Nơi nhận:
- UBND tỉnh Lai Châu;
- Sở NN&PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y25_I = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)


def row(label, k, t, r, anchor_k=None):
    def val(s):
        return float(s.replace(".", "").replace(",", "."))
    lab = label if label != "Cộng" else "Cộng"
    return [
        F(anchor_k or f"{label}\n{k}\n", k, val(k), "measure", "ha", f"{lab} kế hoạch năm 2024", KH, status="target"),
        F(f"\n{k}\n{t}\n", t, val(t), "measure", "ha", f"{lab} thực hiện năm 2024", TH),
        F(f"\n{t}\n{r}\n", r, val(r), "percent", "%", f"{lab} Tỷ lệ TH/KH"),
    ]


FIGS = [
    F("trồng mới 186,5 ha", "186,5", 186.5, "measure", "ha", "diện tích trồng mới cây dược liệu dưới tán rừng", Y24,
      percent=103.6),
    F("đạt 1.042 ha", "1.042", 1042, "measure", "ha", "lũy kế diện tích dược liệu dưới tán rừng",
      P("lũy kế đến nay", None, "2024-12-10")),
    *row("Sâm Lai Châu", "25", "27,3", "109,2"),
    *row("Thảo quả", "90", "92,5", "102,8"),
    *row("Tam thất", "35", "33,2", "94,9"),
    *row("Đương quy", "30", "33,5", "111,7"),
    *row("Cộng", "180", "186,5", "103,6"),
    F("ước đạt 1.260 tấn", "1.260", 1260, "measure", "tấn", "sản lượng dược liệu thu hoạch",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    F("khô 410 tấn", "410", 410, "measure", "tấn", "sản lượng thảo quả khô", P("Năm 2024", "2024-01-01", "2024-12-31"),
      total=1260, status="estimate"),
    F("ước đạt 86,4 tỷ", "86,4", 86.4e9, "money", "đồng", "giá trị", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="estimate", change={"direction": "increase", "value": 12.5, "unit": "%", "baseline": "năm 2023"}),
    F("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã dược liệu", P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)),
    F("đó 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã đã ký hợp đồng bao tiêu sản phẩm",
      P("Năm 2024", "2024-01-01", "2024-12-31", inh=True), total=9),
    F("; 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt OCOP 3 sao", P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("trồng mới 200 ha", "200", 200, "measure", "ha", "diện tích trồng mới dược liệu dưới tán rừng", Y25_I, status="target"),
    F("trên 1.240 ha", "1.240", 1240, "measure", "ha", "tổng diện tích", Y25_I, approx="over", status="target"),
    F("hỗ trợ 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã xây dựng vùng nguyên liệu đạt chuẩn GACP-WHO", Y25_I,
      status="target"),
]

HEADER = """Formal report with letterhead: UBND huyện Sìn Hồ (Lai Châu), 'Số: 487/BC-UBND', 'Sìn Hồ, ngày 10 tháng 12 năm 2024' (published).
Table written one cell per line: 'TT | Loài cây | Kế hoạch năm 2024 | Thực hiện năm 2024 | Tỷ lệ TH/KH (%)', 'Đơn vị tính: ha'.
Row numbers 1-4 are not figures. Plan cells: status target; result cells actual; the '(%)' column: percent figures (no period in its header).
Every cell is a figure, so result cells carry no target/percent attribute (as in shared h23). 'Sâm Lai Châu' is a species name, not a place.
Distractors: 'Số: 487/BC-UBND', 'Nghị quyết số 06-NQ/HU ngày 15/3/2021', section numbers I., II., 1., 2., 'GACP-WHO', 'Lưu: VT, NN', 'UBND tỉnh Lai Châu'.
'lũy kế đến nay' ends at the report's date (2024-12-10). '(trong đó thảo quả khô 410 tấn)' is a part of 1.260 tấn, sharing 'ước'.
Section II's heading 'PHƯƠNG HƯỚNG NĂM 2025' gives the targets their period (inherited).
revised: the (%) column cells' subject is row label + column label as written ('Tỷ lệ TH/KH'), not my expansion of the abbreviation."""

emit(7, HEADER, TEXT, FIGS, published="2024-12-10", location="Sìn Hồ")
