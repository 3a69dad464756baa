"""p1465-6: department site (Cục Quản lý thị trường TP Hà Nội), no dateline; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG THÀNH PHỐ HÀ NỘI
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp luật | Đường dây nóng | Liên hệ

Hà Nội: Siết chặt kinh doanh nước hoa giả, nhập lậu

Năm 2024, lực lượng quản lý thị trường Hà Nội tập trung kiểm tra các cửa hàng nước hoa trên phố Hàng Bài, Tràng Tiền, Chùa Bộc, Xuân Thủy và hoạt động bán nước hoa qua mạng. Kết quả chủ yếu như sau:

Kết quả kiểm tra, xử lý vi phạm về nước hoa, mỹ phẩm
Chỉ tiêu
Năm 2023
Năm 2024
So với cùng kỳ (%)
Số vụ kiểm tra (vụ)
1.246
1.382
110,9
Số vụ vi phạm (vụ)
987
1.105
112,0
Tiền phạt, tiền bán hàng tịch thu (triệu đồng)
9.840
11.275
114,6
Nước hoa tạm giữ (chai)
21.530
26.904
125,0

Đáng chú ý, Đội Quản lý thị trường số 14 (chuyên trách thương mại điện tử) đã phát hiện 37 tài khoản mạng xã hội bán nước hoa giả mạo nhãn hiệu, xử phạt 412 triệu đồng. Một số đối tượng nhập nước hoa giả với giá chỉ 80.000-120.000 đồng/chai rồi bán lại với giá từ 1,5 đến 2 triệu đồng/chai.

Hà Nội hiện có khoảng 1.100 cửa hàng kinh doanh nước hoa, trong đó quận Hoàn Kiếm có 186 cửa hàng.

Năm 2025, Cục đặt mục tiêu giảm ít nhất 10% số vụ vi phạm so với năm 2024; 100% cửa hàng nước hoa trên các tuyến phố trọng điểm được kiểm tra.

Bài viết liên quan:
- Hướng dẫn nhận biết nước hoa chính hãng
- Cục QLTT Hà Nội tiếp nhận phản ánh qua Đường dây nóng

CỤC QUẢN LÝ THỊ TRƯỜNG THÀNH PHỐ HÀ NỘI
Địa chỉ: Số 38 phố Lý Nam Đế, quận Hoàn Kiếm, Hà Nội
Đường dây nóng: 0989.061.166
Lượt truy cập: 1.204.337
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

# row label, kind, unit, multiplier, cells
ROWS = [
    ("Số vụ kiểm tra (vụ)", "Số vụ kiểm tra", "count", "vụ", 1, ["1.246", "1.382", "110,9"]),
    ("Số vụ vi phạm (vụ)", "Số vụ vi phạm", "count", "vụ", 1, ["987", "1.105", "112,0"]),
    ("Tiền phạt, tiền bán hàng tịch thu (triệu đồng)", "Tiền phạt, tiền bán hàng tịch thu", "money", "đồng", 1e6,
     ["9.840", "11.275", "114,6"]),
    ("Nước hoa tạm giữ (chai)", "Nước hoa tạm giữ", "count", "chai", 1, ["21.530", "26.904", "125,0"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, name, kind, unit, mult, (a, b, c) in ROWS:
    CELLS.append(fig(f"{label}\n{a}", a, num(a) * mult, kind, unit, subject=f"{name} Năm 2023", period=C23))
    CELLS.append(fig(f"{a}\n{b}", b, num(b) * mult, kind, unit, subject=f"{name} Năm 2024", period=C24))
    CELLS.append(fig(f"{b}\n{c}", c, num(c), "percent", "%", subject=f"{name} so với cùng kỳ"))

FIGS = CELLS + [
    fig("phát hiện 37 tài khoản", "37", 37, "count", "tài khoản",
        subject="tài khoản mạng xã hội bán nước hoa giả mạo nhãn hiệu"),
    fig("xử phạt 412 triệu", "412", 412e6, "money", "đồng",
        subject="tiền xử phạt"),
    fig("chỉ 80.000-120.000", "80.000", 80000, "money", "đồng/chai", value_max=120000,
        subject="giá nhập nước hoa giả"),
    fig("từ 1,5 đến 2 triệu", "1,5", 1.5e6, "money", "đồng/chai", value_max=2e6,
        subject="giá bán lại nước hoa giả"),
    fig("khoảng 1.100 cửa hàng", "1.100", 1100, "count", "cửa hàng", approx="about",
        subject="cửa hàng kinh doanh nước hoa"),
    fig("có 186 cửa hàng", "186", 186, "count", "cửa hàng", total=1100,
        subject="cửa hàng kinh doanh nước hoa", location="Hoàn Kiếm"),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="giảm số vụ vi phạm", period=Y25),
    fig("; 100% cửa hàng", "100", 100, "percent", "%", status="target",
        subject="cửa hàng nước hoa trên các tuyến phố trọng điểm được kiểm tra", period=Y25),
]

NOTES = [
    "Department site (Cục Quản lý thị trường TP Hà Nội), no dateline: menu, related links, address, hotline, 'Lượt truy cập'.",
    "Distractors: 'Đội Quản lý thị trường số 14', 'Số 38 phố Lý Nam Đế', 'Đường dây nóng: 0989.061.166', 'Lượt truy cập: 1.204.337',",
    "  'năm 2024' as the baseline of the 2025 target.",
    "One-cell-per-line table: units and multiplier from the row labels ('(triệu đồng)' makes 9.840 = 9,84 tỷ đồng);",
    "  period from 'Năm 2023'/'Năm 2024' headers; the 'So với cùng kỳ (%)' column is percent with no period.",
    "The paragraph on Đội số 14 and the prices state no period (the 'Năm 2024' of the opening paragraph is two paragraphs away): none.",
    "'khoảng 1.100 cửa hàng, trong đó quận Hoàn Kiếm có 186 cửa hàng': total 1100, location Hoàn Kiếm.",
    "'giảm ít nhất 10% số vụ vi phạm so với năm 2024' is a target rate (percent figure, at_least, no change).",
]

if __name__ == "__main__":
    write("p1465-6", TEXT, NOTES, FIGS, published=None, location="Hà Nội")
