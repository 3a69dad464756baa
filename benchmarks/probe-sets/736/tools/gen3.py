"""p736-3: formal report (UBND tỉnh Đồng Nai), flattened | table: lương, thưởng Tết Ất Tỵ 2025, nợ lương."""
from lib import fig, emit, year, asof, period, inh, change

TEXT = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/BC-UBND
Đồng Nai, ngày 10 tháng 01 năm 2025

BÁO CÁO
Tình hình tiền lương, thưởng Tết Nguyên đán Ất Tỵ và tình hình nợ lương

I. TÌNH HÌNH CHUNG
Tính đến ngày 31/12/2024, trên địa bàn tỉnh có 19.846 doanh nghiệp đang hoạt động với 1.214.500 lao động. Sở Lao động - Thương binh và Xã hội đã tổng hợp báo cáo của 1.032 doanh nghiệp, chiếm 5,2% số doanh nghiệp đang hoạt động.

II. TIỀN LƯƠNG, THƯỞNG TẾT
1. Tiền lương bình quân năm 2024 đạt 10,2 triệu đồng/người/tháng, tăng 6,3% so với năm 2023.
2. Thưởng Tết theo loại hình doanh nghiệp (đơn vị tính: triệu đồng/người)
Loại hình | Số DN báo cáo | Tết Dương lịch bình quân | Tết Nguyên đán bình quân | Tết Nguyên đán cao nhất
Nhà nước | 14 | 1,1 | 9,8 | 96,0
FDI | 618 | 0,7 | 8,6 | 1.037,5
Ngoài nhà nước | 400 | 0,5 | 6,9 | 350,0
3. Dự kiến 97,5% doanh nghiệp thưởng Tết Nguyên đán; mức thưởng bình quân chung ước 7,9 triệu đồng/người, tăng 5,3% so với Tết Giáp Thìn.

III. TÌNH HÌNH NỢ LƯƠNG
Đến ngày 31/12/2024, có 9 doanh nghiệp nợ lương của 2.846 lao động với tổng số tiền 18,4 tỷ đồng; trong đó 2 doanh nghiệp có chủ bỏ trốn, nợ 11,2 tỷ đồng. Các doanh nghiệp nợ lương tập trung tại các huyện Trảng Bom (4), Nhơn Trạch (3) và Long Thành (2).

IV. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu 100% doanh nghiệp trả đủ lương, thưởng trước Tết và hỗ trợ 5.000 vé xe cho công nhân về quê đón Tết.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = asof("Tính đến ngày 31/12/2024", "2024-12-31")
ASOF2 = asof("Đến ngày 31/12/2024", "2024-12-31")
Y24 = year(2024)


def cell(anchor, number, value, kind, unit, subj):
    return fig(anchor, number, value, kind, unit, subj)


FIGS = [
    fig("có 19.846 doanh nghiệp", "19.846", 19846, "count", "doanh nghiệp", "doanh nghiệp đang hoạt động", ASOF),
    fig("với 1.214.500 lao động", "1.214.500", 1214500, "count", "lao động",
        "lao động trong doanh nghiệp đang hoạt động", ASOF),
    fig("của 1.032 doanh nghiệp", "1.032", 1032, "count", "doanh nghiệp",
        "doanh nghiệp được tổng hợp báo cáo", inh(ASOF), percent=5.2),
    fig("đạt 10,2 triệu", "10,2", 10.2e6, "money", "đồng/người/tháng", "tiền lương bình quân", Y24,
        change=change("increase", 6.3, baseline="năm 2023")),
    # table: Nhà nước
    cell("| 14 |", "14", 14, "count", "doanh nghiệp", "Số DN báo cáo nhà nước"),
    cell("| 1,1 |", "1,1", 1.1e6, "money", "đồng/người", "thưởng Tết Dương lịch bình quân doanh nghiệp nhà nước"),
    cell("| 9,8 |", "9,8", 9.8e6, "money", "đồng/người", "thưởng Tết Nguyên đán bình quân doanh nghiệp nhà nước"),
    cell("| 96,0", "96,0", 96e6, "money", "đồng/người", "thưởng Tết Nguyên đán cao nhất doanh nghiệp nhà nước"),
    # FDI
    cell("| 618 |", "618", 618, "count", "doanh nghiệp", "Số DN báo cáo FDI"),
    cell("| 0,7 |", "0,7", 0.7e6, "money", "đồng/người", "thưởng Tết Dương lịch bình quân doanh nghiệp FDI"),
    cell("| 8,6 |", "8,6", 8.6e6, "money", "đồng/người", "thưởng Tết Nguyên đán bình quân doanh nghiệp FDI"),
    cell("| 1.037,5", "1.037,5", 1037.5e6, "money", "đồng/người", "thưởng Tết Nguyên đán cao nhất doanh nghiệp FDI"),
    # Ngoài nhà nước
    cell("| 400 |", "400", 400, "count", "doanh nghiệp", "Số DN báo cáo ngoài nhà nước"),
    cell("| 0,5 |", "0,5", 0.5e6, "money", "đồng/người",
         "thưởng Tết Dương lịch bình quân doanh nghiệp ngoài nhà nước"),
    cell("| 6,9 |", "6,9", 6.9e6, "money", "đồng/người",
         "thưởng Tết Nguyên đán bình quân doanh nghiệp ngoài nhà nước"),
    cell("| 350,0", "350,0", 350e6, "money", "đồng/người",
         "thưởng Tết Nguyên đán cao nhất doanh nghiệp ngoài nhà nước"),
    fig("Dự kiến 97,5%", "97,5", 97.5, "percent", "%", "doanh nghiệp thưởng Tết Nguyên đán", status="forecast"),
    fig("ước 7,9 triệu", "7,9", 7.9e6, "money", "đồng/người", "mức thưởng bình quân chung", status="estimate",
        change=change("increase", 5.3, baseline="Tết Giáp Thìn")),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp nợ lương", ASOF2),
    fig("của 2.846 lao động", "2.846", 2846, "count", "lao động", "lao động bị nợ lương", ASOF2),
    fig("tiền 18,4 tỷ", "18,4", 18.4e9, "money", "đồng", "tổng số tiền nợ lương", ASOF2),
    fig("trong đó 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp có chủ bỏ trốn", ASOF2, total=9),
    fig("nợ 11,2 tỷ", "11,2", 11.2e9, "money", "đồng", "tiền nợ lương của doanh nghiệp có chủ bỏ trốn", ASOF2,
        total=18.4e9),
    fig("Trảng Bom (4)", "4", 4, "count", "doanh nghiệp", "doanh nghiệp nợ lương", inh(ASOF2), location="Trảng Bom"),
    fig("Nhơn Trạch (3)", "3", 3, "count", "doanh nghiệp", "doanh nghiệp nợ lương", inh(ASOF2),
        location="Nhơn Trạch"),
    fig("Long Thành (2)", "2", 2, "count", "doanh nghiệp", "doanh nghiệp nợ lương", inh(ASOF2), location="Long Thành"),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", "doanh nghiệp trả đủ lương, thưởng trước Tết", status="target"),
    fig("hỗ trợ 5.000 vé", "5.000", 5000, "count", "vé xe", "vé xe hỗ trợ công nhân về quê đón Tết",
        status="target"),
]

COMMENTS = [
    "Formal report UBND tỉnh Đồng Nai, Số: 15/BC-UBND, dated by the place-and-date line (10/01/2025).",
    "Flattened | table: 'đơn vị tính: triệu đồng/người' applies to the money columns; the 'Số DN báo cáo' column counts doanh nghiệp.",
    "Table columns name Tết, not a calendar period: table cells have no period; no Kế hoạch/Ước column, so cells are actual.",
    "'chiếm 5,2% số doanh nghiệp' is the share of 1.032 (percent attribute). 'trong đó 2 doanh nghiệp …, nợ 11,2 tỷ' are parts of 9 / 18,4 tỷ.",
    "Districts 'Trảng Bom (4), Nhơn Trạch (3), Long Thành (2)' stand in a new sentence with no cue and not right after the whole: no total.",
    "'Dự kiến 97,5%' forecast; '… ước 7,9 triệu' has its own cue ước: estimate. Section numbers I.–IV., 1.–3. are not figures.",
]

if __name__ == "__main__":
    emit("p736-3", TEXT, COMMENTS, FIGS, published="2025-01-10", location="Đồng Nai")
