"""p1262-3: formal report (UBND tỉnh Ninh Thuận, Số: 215/BC-UBND): water-saving irrigation 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH THUẬN
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển tưới tiên tiến, tiết kiệm nước năm 2024 và kế hoạch năm 2025

Thực hiện Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích
Lũy kế đến ngày 30/11/2024, diện tích cây trồng áp dụng tưới tiên tiến, tiết kiệm nước toàn tỉnh đạt 6.850 ha, tăng 9,4% so với cùng kỳ, bằng 101,5% kế hoạch năm. Trong đó, nho và táo 2.140 ha, măng tây xanh 310 ha.

Diện tích tưới tiết kiệm nước theo địa phương
Đơn vị tính: ha
Địa phương | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Ninh Phước | 1.820 | 1.985 | 109,1 | 2.100
Ninh Hải | 1.240 | 1.362 | 109,8 | 1.450
Ninh Sơn | 1.105 | 1.218 | 110,2 | 1.300
Các địa phương khác | 2.155 | 2.355 | 109,3 | 2.550
Tổng cộng | 6.320 | 6.920 | 109,5 | 7.400

2. Kinh phí hỗ trợ
Năm 2024, ngân sách tỉnh bố trí 12,5 tỷ đồng hỗ trợ 1.036 hộ lắp đặt hệ thống tưới nhỏ giọt, tưới phun mưa (mức hỗ trợ 50% chi phí, tối đa 40 triệu đồng/hộ); đã giải ngân 11,8 tỷ đồng, đạt 94,4%.

3. Hiệu quả
Tưới nhỏ giọt trên cây nho giúp tiết kiệm 35-45% lượng nước; năng suất nho đạt 28-30 tấn/ha/năm, cao hơn 15-20% so với tưới rãnh.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 diện tích tưới tiết kiệm nước đạt 7.400 ha; hỗ trợ ít nhất 1.200 hộ chuyển đổi sang tưới tiết kiệm nước.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTH.
"""

ASOF = per("Lũy kế đến ngày 30/11/2024", None, "2024-11-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [
    ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None, "measure"),
    ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate", "measure"),
    ("so với cùng kỳ", None, None, "percent"),
    ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target", "measure"),
]
ROWS = [
    ("Ninh Phước", ["1.820", "1.985", "109,1", "2.100"], "Ninh Phước", None),
    ("Ninh Hải", ["1.240", "1.362", "109,8", "1.450"], "Ninh Hải", None),
    ("Ninh Sơn", ["1.105", "1.218", "110,2", "1.300"], "Ninh Sơn", None),
    ("Các địa phương khác", ["2.155", "2.355", "109,3", "2.550"], None, "các địa phương khác"),
    ("Tổng cộng", ["6.320", "6.920", "109,5", "7.400"], None, "tổng cộng"),
]


def cells():
    out = []
    for label, nums, place, rowsubj in ROWS:
        prev = label
        for (col, p, st, kind), n in zip(COLS, nums):
            v = float(n.replace(".", "").replace(",", "."))
            subj = "diện tích tưới tiết kiệm nước" + (f" {rowsubj}" if rowsubj else "") + f" {col}"
            kw = {}
            if st:
                kw["status"] = st
            if place:
                kw["location"] = place
            unit = "%" if kind == "percent" else "ha"
            out.append(fig(f"{prev} | {n}", n, v, kind, unit, subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("đạt 6.850 ha", "6.850", 6850, "measure", "ha", percent=101.5,
        change=chg("increase", 9.4, "%", "cùng kỳ"),
        subject="diện tích cây trồng áp dụng tưới tiên tiến, tiết kiệm nước", period=ASOF),
    fig("táo 2.140 ha", "2.140", 2140, "measure", "ha", total=6850,
        subject="diện tích nho và táo áp dụng tưới tiết kiệm nước", period=inh(ASOF)),
    fig("xanh 310 ha", "310", 310, "measure", "ha", total=6850,
        subject="diện tích măng tây xanh áp dụng tưới tiết kiệm nước", period=inh(ASOF)),
] + cells() + [
    fig("bố trí 12,5 tỷ", "12,5", 12.5e9, "money", "đồng",
        subject="ngân sách tỉnh bố trí hỗ trợ lắp đặt hệ thống tưới", period=Y24),
    fig("hỗ trợ 1.036 hộ", "1.036", 1036, "count", "hộ",
        subject="hộ được hỗ trợ lắp đặt hệ thống tưới nhỏ giọt, tưới phun mưa", period=Y24),
    fig("hỗ trợ 50% chi phí", "50", 50, "percent", "%",
        subject="mức hỗ trợ chi phí", period=Y24),
    fig("tối đa 40 triệu", "40", 40e6, "money", "đồng/hộ", approx="at_most",
        subject="mức hỗ trợ tối đa", period=Y24),
    fig("ngân 11,8 tỷ", "11,8", 11.8e9, "money", "đồng", percent=94.4,
        subject="kinh phí hỗ trợ đã giải ngân", period=Y24),
    fig("tiết kiệm 35-45%", "35", 35, "percent", "%", value_max=45,
        subject="lượng nước tưới nhỏ giọt trên cây nho giúp tiết kiệm"),
    fig("đạt 28-30 tấn", "28", 28, "measure", "tấn/ha/năm", value_max=30,
        change=chg("increase", 15, "%", "tưới rãnh"),
        subject="năng suất nho"),
    fig("đạt 7.400 ha", "7.400", 7400, "measure", "ha", status="target",
        subject="diện tích tưới tiết kiệm nước", period=Y25),
    fig("ít nhất 1.200 hộ", "1.200", 1200, "count", "hộ", approx="at_least", status="target",
        subject="hộ được hỗ trợ chuyển đổi sang tưới tiết kiệm nước", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH THUẬN', 'Số: 215/BC-UBND', 'Ninh Thuận, ngày 18 tháng 12 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số: 215/BC-UBND, Nghị quyết số 12/2022/NQ-HĐND, the letterhead date, section numbers, 'kế hoạch năm 2025' in the title, 'Lưu: VT, KTTH'.",
    "'Lũy kế đến ngày 30/11/2024' is an as-of date. 'Trong đó' parts after a sentence break: total 6.850, period inherited.",
    "Flattened '|' table, 'Đơn vị tính: ha'; the row label is a district → location (Ninh Phước, Ninh Hải, Ninh Sơn); 'Các địa phương khác' and",
    "'Tổng cộng' are not places: they stay in the subject, location Ninh Thuận. Period and status from the column header ('Ước thực hiện 2024' →",
    "estimate, 'Kế hoạch 2025' → target). 'So với cùng kỳ (%)' cells are percent figures of their own, no period (the header names none), status actual.",
    "Table cells get no total. '(mức hỗ trợ 50% chi phí, tối đa 40 triệu đồng/hộ)' are figures of their own with the sentence's 'Năm 2024'.",
    "'đã giải ngân 11,8 tỷ đồng, đạt 94,4%' → percent 94.4 (no '/', no 'trên tổng số': no total). 'cao hơn 15-20% so với tưới rãnh' → change 15 on the yield.",
    "Section II 'Phấn đấu năm 2025 ...; hỗ trợ ít nhất 1.200 hộ' → both target with 'năm 2025'.",
]

if __name__ == "__main__":
    write("p1262-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Ninh Thuận")
