"""p1333-7: department site without dateline (Thư viện tỉnh Đồng Tháp): results 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THƯ VIỆN TỈNH ĐỒNG THÁP
Giới thiệu | Tin tức | Tra cứu tài liệu | Thư viện số | Liên hệ

Kết quả hoạt động năm 2024 và kế hoạch năm 2025

Năm 2024, Thư viện tỉnh tiếp tục đẩy mạnh phục vụ bạn đọc tại chỗ, lưu động và trên môi trường số. Kết quả các chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Lượt bạn đọc (nghìn lượt)
96,5
104,2
110
Trong đó: bạn đọc thiếu nhi (nghìn lượt)
41,3
45,8
48
Lượt tài liệu luân chuyển (nghìn lượt)
210,4
232,7
240
Thẻ bạn đọc cấp mới (thẻ)
1.820
1.985
2.000
Tài liệu bổ sung (bản)
4.350
4.120
4.500

Năm 2024, xe thư viện lưu động đã đến 38 điểm trường ở các huyện Tam Nông, Tháp Mười, Hồng Ngự; thư viện số có 8.700 tài liệu, thu hút 56.300 lượt truy cập. Toàn tỉnh hiện có 145 thư viện, tủ sách cơ sở, trong đó có 27 "Tủ sách khuyến học" tại các xã biên giới.

Năm 2025, Thư viện tỉnh phấn đấu tăng lượt bạn đọc từ 5 đến 6%, tổ chức ít nhất hai đợt Hội sách tại TP Sa Đéc và TP Hồng Ngự.

Tin khác:
- Hội thi Đại sứ Văn hóa đọc tỉnh Đồng Tháp năm 2024
- Thư viện tỉnh mở cửa phục vụ bạn đọc dịp Tết Ất Tỵ 2025

THƯ VIỆN TỈNH ĐỒNG THÁP
Địa chỉ: số 2 đường 30/4, Phường 1, TP Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.214
Lượt truy cập: 1.204.377 | Đang trực tuyến: 25
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [
    ("Lượt bạn đọc (nghìn lượt)", "lượt bạn đọc", 1000, "lượt", ["96,5", "104,2", "110"], False),
    ("Trong đó: bạn đọc thiếu nhi (nghìn lượt)", "bạn đọc thiếu nhi", 1000, "lượt", ["41,3", "45,8", "48"], True),
    ("Lượt tài liệu luân chuyển (nghìn lượt)", "lượt tài liệu luân chuyển", 1000, "lượt", ["210,4", "232,7", "240"], False),
    ("Thẻ bạn đọc cấp mới (thẻ)", "thẻ bạn đọc cấp mới", 1, "thẻ", ["1.820", "1.985", "2.000"], False),
    ("Tài liệu bổ sung (bản)", "tài liệu bổ sung", 1, "bản", ["4.350", "4.120", "4.500"], False),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
whole = None
for label, subj, mult, unit, nums, part in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if part:
            kw["total"] = num(whole[i]) * mult
        CELLS.append(fig(f"{prev}\n{n}\n", n, num(n) * mult, "count", unit, subject=f"{subj} {col}",
                         period=p, **kw))
        prev = n
    whole = nums

FIGS = CELLS + [
    fig("đến 38 điểm", "38", 38, "count", "điểm trường", subject="điểm trường xe thư viện lưu động đã đến",
        period=Y24),
    fig("có 8.700 tài liệu", "8.700", 8700, "count", "tài liệu", subject="tài liệu của thư viện số", period=Y24),
    fig("56.300 lượt", "56.300", 56300, "count", "lượt truy cập", subject="lượt truy cập thư viện số",
        period=Y24),
    fig("có 145 thư viện", "145", 145, "count", "thư viện, tủ sách cơ sở", subject="thư viện, tủ sách cơ sở"),
    fig("có 27", "27", 27, "count", "Tủ sách khuyến học", total=145,
        subject="Tủ sách khuyến học tại các xã biên giới"),
    fig("từ 5 đến 6%", "5", 5, "percent", "%", value_max=6, status="target",
        subject="tăng lượt bạn đọc", period=Y25),
    fig("ít nhất hai đợt", "hai", 2, "count", "đợt Hội sách", approx="at_least", status="target",
        subject="đợt Hội sách", period=Y25),
]

NOTES = [
    "Department site (Thư viện tỉnh Đồng Tháp), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Tết Ất Tỵ 2025' and 'năm 2024' in link titles, 'số 2 đường 30/4', 'Phường 1', phone 0277.3851.214, counters 1.204.377 and 25.",
    "One-cell-per-line table: columns Năm 2023 / Ước thực hiện 2024 (estimate) / Kế hoạch 2025 (target); period from the column (scored).",
    "Multiplier and unit from the row label: '(nghìn lượt)' ×10^3, '(thẻ)', '(bản)'. Subject = row label + column label.",
    "'Trong đó: bạn đọc thiếu nhi' sub-row: each cell is a part of the 'Lượt bạn đọc' cell above it (a part after 'Trong đó' that follows",
    "the whole, same column): total = that cell. Other cells get no total.",
    "'Năm 2024, xe thư viện lưu động ...' sentence: period 2024 for its three figures (the count 'hiện có 145' has none).",
    "'145 thư viện, tủ sách cơ sở, trong đó có 27 Tủ sách khuyến học' → total 145.",
    "'phấn đấu tăng lượt bạn đọc từ 5 đến 6%' is a target growth rate: percent range, no change object; 'ít nhất hai đợt' target, at_least.",
    "The 38 school points lie in three districts: location stays with the province; the book fairs are in two cities: province.",
    "revised after the first run: subject of 'ít nhất hai đợt' lost 'tổ chức tại TP Sa Đéc và TP Hồng Ngự' (places go to location, not subject).",
]

if __name__ == "__main__":
    write("p1333-7", TEXT, NOTES, FIGS, location="Đồng Tháp")
