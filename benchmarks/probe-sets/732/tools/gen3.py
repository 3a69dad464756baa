"""p732-3: UBND huyện Giao Thủy formal report, bivalve (ngao) farming 9 months 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN GIAO THỦY                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                    Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND                     Giao Thủy, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả nuôi nhuyễn thể 9 tháng năm 2024, nhiệm vụ trọng tâm quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tổng diện tích nuôi nhuyễn thể toàn huyện 9 tháng năm 2024 là 1.965 ha, tăng 45 ha so với cùng kỳ năm 2023; trong đó diện tích nuôi ngao 1.820 ha. Tổng sản lượng nhuyễn thể thu hoạch ước đạt 58.300 tấn, bằng 74,7% kế hoạch năm, tăng 6,2% so với cùng kỳ.

Bảng 1. Diện tích, sản lượng theo đối tượng nuôi (9 tháng năm 2024)
Đối tượng | Diện tích (ha) | Sản lượng (tấn) | So cùng kỳ (%)
Ngao thương phẩm | 1.520 | 52.400 | 106,4
Ngao giống | 300 | 4.850 | 104,2
Hàu | 95 | 760 | 112,0
Sò huyết | 50 | 290 | 98,5

2. Công tác giống, chứng nhận
Trên địa bàn có 3 cơ sở sản xuất ngao giống nhân tạo, 9 tháng cung ứng khoảng 2,6 tỷ con giống. Huyện duy trì 640 ha nuôi ngao đạt chứng nhận VietGAP của 2 hợp tác xã, chiếm 35,2% diện tích nuôi ngao. Xét nghiệm 48 mẫu ngao tại vùng nuôi, 100% mẫu đạt chỉ tiêu an toàn thực phẩm.

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2024
Phấn đấu tổng sản lượng nhuyễn thể cả năm 2024 đạt 78.000 tấn; tiếp tục thực hiện Kế hoạch số 96/KH-UBND về phát triển nuôi ngao bền vững.

Nơi nhận:
- UBND tỉnh Nam Định;
- Sở NN&PTNT;
- Lưu: VT.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TB = I(M9)


def row(label, area_anchor, area, out_anchor, out, out_num, idx_anchor, idx, idx_num, area_num):
    return [
        F(area_anchor, area_num, area, "measure", "ha", f"{label} diện tích", TB),
        F(out_anchor, out_num, out, "measure", "tấn", f"{label} sản lượng", TB),
        F(idx_anchor, idx_num, idx, "percent", "%", f"{label} sản lượng so cùng kỳ", TB),
    ]


FIGS = [
    F("năm 2024 là 1.965 ha", "1.965", 1965, "measure", "ha", "tổng diện tích nuôi nhuyễn thể", M9,
      change=CH("increase", 45, "ha", "cùng kỳ năm 2023")),
    F("nuôi ngao 1.820 ha", "1.820", 1820, "measure", "ha", "diện tích nuôi ngao", M9, total=1965),
    F("ước đạt 58.300 tấn", "58.300", 58300, "measure", "tấn", "tổng sản lượng nhuyễn thể thu hoạch", I(M9),
      percent=74.7, change=CH("increase", 6.2, baseline="cùng kỳ"), status="estimate"),
]
FIGS += row("Ngao thương phẩm", "phẩm | 1.520", 1520, "1.520 | 52.400", 52400, "52.400", "106,4", 106.4, "106,4", "1.520")
FIGS += row("Ngao giống", "giống | 300", 300, "300 | 4.850", 4850, "4.850", "104,2", 104.2, "104,2", "300")
FIGS += row("Hàu", "Hàu | 95", 95, "95 | 760", 760, "760", "112,0", 112, "112,0", "95")
FIGS += row("Sò huyết", "huyết | 50", 50, "50 | 290", 290, "290", "98,5", 98.5, "98,5", "50")
FIGS += [
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở sản xuất ngao giống nhân tạo"),
    F("khoảng 2,6 tỷ con giống", "2,6", 2600000000, "count", "con giống", "con giống cung ứng",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="about"),
    F("duy trì 640 ha", "640", 640, "measure", "ha", "diện tích nuôi ngao đạt chứng nhận VietGAP", percent=35.2),
    F("của 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã nuôi ngao đạt chứng nhận VietGAP"),
    F("Xét nghiệm 48 mẫu", "48", 48, "count", "mẫu", "mẫu ngao xét nghiệm tại vùng nuôi"),
    F("100% mẫu", "100", 100, "percent", "%", "mẫu đạt chỉ tiêu an toàn thực phẩm"),
    F("đạt 78.000 tấn", "78.000", 78000, "measure", "tấn", "tổng sản lượng nhuyễn thể",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Báo cáo UBND huyện Giao Thủy (Nam Định) số 318/BC-UBND: kết quả nuôi nhuyễn thể 9 tháng năm 2024, flattened '|' table by species.",
    "Formal report (letterhead, Số, place-and-date line -> published 2024-10-07). Distractors: Số: 318/BC-UBND, quý IV/2024, section numbers",
    "I./1./2./II., 'Bảng 1', Kế hoạch số 96/KH-UBND, Nơi nhận list.",
    "Table: every numeric cell is a figure; subject = row label + column label; no Ước/Kế hoạch column so status actual; period from the",
    "table title line (inherited, unscored). The rows add up to the lead totals but nothing cues them as parts: no total.",
    "'640 ha … của 2 hợp tác xã, chiếm 35,2% diện tích nuôi ngao': the share is of the area (640/1.820), so percent 35.2 on 640 ha.",
    "'bằng 74,7% kế hoạch năm' -> percent of 58.300 tấn (58.300/78.000). '100% mẫu đạt chỉ tiêu …' is a percent figure, not a target.",
]

emit("p732-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Giao Thủy")
