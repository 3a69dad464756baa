"""p1521-7: department site without dateline (Cục Hải quan TP Hải Phòng): imports of decoration materials, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỤC HẢI QUAN THÀNH PHỐ HẢI PHÒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thống kê hải quan | Thủ tục hải quan | Liên hệ

Nhập khẩu vật liệu trang trí nội thất qua cảng Hải Phòng tăng mạnh

Năm 2024, Cục Hải quan TP Hải Phòng ước làm thủ tục nhập khẩu cho 6.840 tờ khai vật liệu trang trí nội thất của 412 doanh nghiệp, kim ngạch ước đạt 186,5 triệu USD, tăng 17,3% so với năm 2023. Số thu thuế từ nhóm hàng này ước đạt 298 tỷ đồng. Hải Phòng là địa bàn có kim ngạch nhập khẩu nhóm hàng này lớn thứ hai cả nước, sau TP Hồ Chí Minh.

Kim ngạch nhập khẩu theo mặt hàng
Đơn vị tính: triệu USD
Mặt hàng
Năm 2022
Năm 2023
Ước thực hiện 2024
Giấy dán tường
41,2
44,8
50,3
Tấm ốp tường nhựa, nano
63,5
71,9
87,6
Tấm ốp đá PU, gỗ nhựa
39,7
42,3
48,6
Tổng số
144,4
159,0
186,5
Trong đó: từ Trung Quốc
108,3
117,6
139,2

Qua kiểm tra sau thông quan, Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực III phát hiện 14 lô hàng khai sai mã số, xuất xứ, truy thu hơn 3,1 tỷ đồng. Hiện khoảng 90% tờ khai nhóm hàng này được phân luồng xanh.

Tin cùng chuyên mục:
- Hướng dẫn khai báo hàng hóa nhập khẩu theo Thông tư 33/2023/TT-BTC
- Cục Hải quan TP Hải Phòng đối thoại doanh nghiệp năm 2024

CỤC HẢI QUAN THÀNH PHỐ HẢI PHÒNG
Địa chỉ: Số 22 Điện Biên Phủ, quận Ngô Quyền, TP Hải Phòng
Điện thoại: 0225.3836.027
Lượt truy cập: 3.127.540
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate")]
ROWS = [("Giấy dán tường", ["41,2", "44,8", "50,3"]),
        ("Tấm ốp tường nhựa, nano", ["63,5", "71,9", "87,6"]),
        ("Tấm ốp đá PU, gỗ nhựa", ["39,7", "42,3", "48,6"]),
        ("Tổng số", ["144,4", "159,0", "186,5"]),
        ("Trong đó: từ Trung Quốc", ["108,3", "117,6", "139,2"])]
TOTALS = [144.4e6, 159.0e6, 186.5e6]

CELLS = []
for label, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[i]
            subj = f"kim ngạch nhập khẩu từ Trung Quốc {col}"
        else:
            subj = f"kim ngạch nhập khẩu {label} {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e6, "money", "USD",
                         subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("cho 6.840 tờ khai", "6.840", 6840, "count", "tờ khai", status="estimate",
        subject="tờ khai vật liệu trang trí nội thất làm thủ tục nhập khẩu", period=Y24),
    fig("của 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp", status="estimate",
        subject="doanh nghiệp nhập khẩu vật liệu trang trí nội thất", period=Y24),
    fig("ước đạt 186,5 triệu", "186,5", 186.5e6, "money", "USD", status="estimate",
        change=chg("increase", 17.3, "%", "năm 2023"), subject="kim ngạch nhập khẩu", period=Y24),
    fig("ước đạt 298 tỷ", "298", 298e9, "money", "đồng", status="estimate",
        subject="số thu thuế từ nhóm hàng này", period=inh(Y24)),
    fig("lớn thứ hai", "hai", 2, "rank", "hạng", subject="kim ngạch nhập khẩu nhóm hàng này"),
] + CELLS + [
    fig("phát hiện 14 lô", "14", 14, "count", "lô hàng", subject="lô hàng khai sai mã số, xuất xứ"),
    fig("hơn 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", approx="over", subject="truy thu"),
    fig("khoảng 90%", "90", 90, "percent", "%", approx="about",
        subject="tờ khai nhóm hàng này được phân luồng xanh"),
]

NOTES = [
    "Department site (Cục Hải quan TP Hải Phòng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. published = null.",
    "One-cell-per-line table, 'Đơn vị tính: triệu USD' (×10⁶ USD); columns Năm 2022 / Năm 2023 / 'Ước thực hiện 2024' (estimate); a 'Tổng số' row and a 'Trong đó: từ Trung Quốc' sub-row.",
    "The 'Trong đó' sub-row follows the 'Tổng số' row and counts the same thing in the same column: total = the Tổng số cell of its column (borderline: the spec's trong-đó rule applied to a table).",
    "Lead sentence: 'ước làm thủ tục' governs the whole sentence (6.840, 412, 186,5 triệu → estimate). 'lớn thứ hai cả nước' → rank 2 of Hải Phòng (location stays Hải Phòng).",
    "298 tỷ stands in the next sentence: period inherited. Post-clearance figures and 'Hiện khoảng 90%' carry no period.",
    "Distractors: 'khu vực III', Thông tư 33/2023/TT-BTC, 'năm 2024' in a link, 'Số 22 Điện Biên Phủ', phone, 'Lượt truy cập: 3.127.540'.",
]

if __name__ == "__main__":
    write("p1521-7", TEXT, NOTES, FIGS, published=None, location="Hải Phòng")
