#!/usr/bin/env python3
"""p703-3: formal report (UBND tỉnh Kiên Giang) — Khu bảo tồn biển Phú Quốc 9 tháng 2023, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH KIÊN GIANG
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả quản lý Khu bảo tồn biển Phú Quốc 9 tháng năm 2023 và nhiệm vụ quý IV/2023

Thực hiện Công văn số 1532/BNN-TS ngày 25/9/2023 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quản lý, bảo vệ
Khu bảo tồn biển Phú Quốc có tổng diện tích 26.863 ha, gồm phân khu bảo vệ nghiêm ngặt 2.495 ha, phân khu phục hồi sinh thái 7.812 ha và vùng phát triển 16.556 ha. Kết quả một số chỉ tiêu chủ yếu:

TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 | Thực hiện 9 tháng | Tỷ lệ so KH (%)
1 | Chuyến tuần tra, kiểm soát | chuyến | 120 | 97 | 80,8
2 | Vụ vi phạm được xử lý | vụ | 45 | 41 | 91,1
3 | Tiền phạt vi phạm hành chính | triệu đồng | 600 | 538,5 | 89,8
4 | Diện tích san hô trồng phục hồi | m² | 3.000 | 2.150 | 71,7
5 | Phao ranh giới thay thế | chiếc | 40 | 40 | 100

2. Phục hồi hệ sinh thái
Kết quả giám sát tại 8 điểm rạn cho thấy độ phủ san hô sống bình quân đạt 27,4%, giảm 1,8% so với năm 2022 do ảnh hưởng của hiện tượng tẩy trắng; diện tích thảm cỏ biển ước khoảng 9.700 ha.

3. Tuyên truyền, sinh kế
Tổ chức 14 lớp tập huấn cho 620 lượt người dân; hỗ trợ 35 hộ chuyển đổi nghề với tổng kinh phí 1,4 tỷ đồng, bình quân 40 triệu đồng/hộ.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu hoàn thành 100% kế hoạch tuần tra năm; trồng bổ sung 850 m² san hô; tổ chức 3 đợt cao điểm xử lý tàu cá vi phạm.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
"""

KH = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
TH = P("Thực hiện 9 tháng", "2023-01-01", "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30", inh=True)
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31", inh=True)


def row(label, unit, kind, mult, cells):
    """cells: (anchor, number, anchor, number, anchor, number) for plan, result, ratio."""
    (a1, n1), (a2, n2), (a3, n3) = cells
    from lib import parse_num
    return [
        F(a1, n1, parse_num(n1) * mult, kind, unit, f"{label} kế hoạch năm 2023", KH, status="target"),
        F(a2, n2, parse_num(n2) * mult, kind, unit, f"{label} thực hiện 9 tháng", TH),
        F(a3, n3, parse_num(n3), "percent", "%", f"{label} tỷ lệ so kế hoạch", M9),
    ]


FIGS = [
    F("tổng diện tích 26.863 ha", "26.863", 26863, "measure", "ha", "tổng diện tích Khu bảo tồn biển Phú Quốc"),
    F("nghiêm ngặt 2.495 ha", "2.495", 2495, "measure", "ha", "diện tích phân khu bảo vệ nghiêm ngặt", total=26863),
    F("sinh thái 7.812 ha", "7.812", 7812, "measure", "ha", "diện tích phân khu phục hồi sinh thái", total=26863),
    F("phát triển 16.556 ha", "16.556", 16556, "measure", "ha", "diện tích vùng phát triển", total=26863),
]
FIGS += row("Chuyến tuần tra, kiểm soát", "chuyến", "count", 1,
            (("chuyến | 120", "120"), ("| 97 |", "97"), ("80,8", "80,8")))
FIGS += row("Vụ vi phạm được xử lý", "vụ", "count", 1,
            (("vụ | 45", "45"), ("| 41 |", "41"), ("91,1", "91,1")))
FIGS += row("Tiền phạt vi phạm hành chính", "đồng", "money", 1e6,
            (("triệu đồng | 600", "600"), ("538,5", "538,5"), ("89,8", "89,8")))
FIGS += row("Diện tích san hô trồng phục hồi", "m²", "measure", 1,
            (("m² | 3.000", "3.000"), ("| 2.150 |", "2.150"), ("71,7", "71,7")))
FIGS += row("Phao ranh giới thay thế", "chiếc", "count", 1,
            (("chiếc | 40", "40"), ("| 40 | 100", "40"), ("| 100\n", "100")))
FIGS += [
    F("tại 8 điểm rạn", "8", 8, "count", "điểm rạn", "điểm rạn giám sát"),
    F("đạt 27,4%", "27,4", 27.4, "percent", "%", "độ phủ san hô sống bình quân", M9,
      change=CH("decrease", 1.8, "%", "năm 2022")),
    F("ước khoảng 9.700 ha", "9.700", 9700, "measure", "ha", "diện tích thảm cỏ biển", approx="about", status="estimate"),
    F("Tổ chức 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn", M9),
    F("cho 620 lượt", "620", 620, "count", "lượt", "lượt người dân được tập huấn", M9),
    F("hỗ trợ 35 hộ", "35", 35, "count", "hộ", "hộ được hỗ trợ chuyển đổi nghề", M9),
    F("kinh phí 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng", "tổng kinh phí hỗ trợ chuyển đổi nghề", M9),
    F("bình quân 40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", "kinh phí hỗ trợ chuyển đổi nghề bình quân", M9),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "kế hoạch tuần tra năm hoàn thành", Q4, status="target"),
    F("bổ sung 850 m²", "850", 850, "measure", "m²", "diện tích san hô trồng bổ sung", Q4, status="target"),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", "đợt cao điểm xử lý tàu cá vi phạm", Q4, status="target"),
]

COMMENTS = [
    "Formal report, letterhead UBND TỈNH KIÊN GIANG, 'Số: 286/BC-UBND', 'Kiên Giang, ngày 12 tháng 10 năm 2023' (published).",
    "Khu bảo tồn biển Phú Quốc 9 tháng 2023 with a flattened '|' table (Kế hoạch năm 2023 | Thực hiện 9 tháng | Tỷ lệ so KH (%)).",
    "Location: the MPA lies in Phú Quốc (city), so Phú Quốc, not the province. Every numeric table cell is a figure: plan cells status",
    "target (period năm 2023), result cells actual (period from the header 'Thực hiện 9 tháng', year from the title), ratio cells are",
    "percent figures of their own (period inherited from the title). '(triệu đồng)' row unit: 600 = 600.000.000 đồng. Row numbers 1-5,",
    "section numbers I./1./2./3./II., Công văn số 1532/BNN-TS, quý IV/2023 are not figures. 'gồm' parts add up to 26.863 ha (total).",
    "Section II targets take the heading's period quý IV/2023 (inherited); 'ước khoảng' = about + estimate.",
]

if __name__ == "__main__":
    emit("p703-3", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Phú Quốc")
