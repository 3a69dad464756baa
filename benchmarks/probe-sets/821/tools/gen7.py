"""p821-7: Sở TN&MT Quảng Nam department site, environmental deposits of construction-material mines, one-cell-per-line table."""
from lib import F, period, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH QUẢNG NAM
Trang chủ » Khoáng sản » Tin hoạt động
Kết quả ký quỹ cải tạo, phục hồi môi trường trong khai thác khoáng sản làm vật liệu xây dựng

Tính đến hết quý III/2024, trên địa bàn tỉnh có 96 mỏ khoáng sản làm vật liệu xây dựng thông thường đã được phê duyệt phương án cải tạo, phục hồi môi trường, với tổng số tiền ký quỹ phải nộp 128,5 tỷ đồng. Các tổ chức, cá nhân đã nộp 109,7 tỷ đồng, đạt 85,4%; còn 14 mỏ chậm nộp với số tiền 18,8 tỷ đồng.

Kết quả ký quỹ theo loại khoáng sản
Đơn vị tính: triệu đồng
Loại khoáng sản
Số mỏ (mỏ)
Phải ký quỹ
Đã ký quỹ
Đá xây dựng
41
72.340
64.910
Cát, sỏi lòng sông
23
19.860
15.120
Đất san lấp
32
36.300
29.670
Tổng cộng
96
128.500
109.700

Riêng nhóm mỏ đá chiếm 56,3% tổng số tiền phải ký quỹ. Năm 2024, Sở đã tham mưu UBND tỉnh thu hồi 5 giấy phép khai thác do không ký quỹ đúng hạn theo Nghị định số 10/2023/NĐ-CP. Mức ký quỹ cao nhất là 6,2 tỷ đồng đối với mỏ đá Hòn Tàu (huyện Quế Sơn), thấp nhất khoảng 85 triệu đồng đối với mỏ đất san lấp quy mô nhỏ.

Cơ quan chủ quản: Sở Tài nguyên và Môi trường tỉnh Quảng Nam
Địa chỉ: 100 Hùng Vương, TP. Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.135 - Fax: 0235.3852.179
Tổng lượt truy cập: 1.284.503 | Đang trực tuyến: 37
"""

ASOF = period("Tính đến hết quý III/2024", end="2024-09-30")
ASOFi = period("Tính đến hết quý III/2024", end="2024-09-30", inherited=True)
ROWS = [("Đá xây dựng", "đá xây dựng", 41, 72340, 64910),
        ("Cát, sỏi lòng sông", "cát, sỏi lòng sông", 23, 19860, 15120),
        ("Đất san lấp", "đất san lấp", 32, 36300, 29670),
        ("Tổng cộng", "tổng cộng", 96, 128500, 109700)]


def fmt(n):
    return f"{n:,}".replace(",", ".")


def table():
    out = []
    for label, lab, n, due, paid in ROWS:
        block = f"{label}\n{n}\n{fmt(due)}\n{fmt(paid)}\n"
        assert block in TEXT, block
        out.append(F(f"{label}\n{n}\n", str(n), n, "count", "mỏ", subject=f"số mỏ {lab}", per=ASOFi))
        out.append(F(f"\n{n}\n{fmt(due)}\n", fmt(due), due * 10**6, "money", "đồng",
                     subject=f"số tiền phải ký quỹ {lab}", per=ASOFi))
        out.append(F(f"\n{fmt(due)}\n{fmt(paid)}\n", fmt(paid), paid * 10**6, "money", "đồng",
                     subject=f"số tiền đã ký quỹ {lab}", per=ASOFi))
    return out


FIGS = [
    F("có 96 mỏ", "96", 96, "count", "mỏ",
      subject="mỏ khoáng sản làm vật liệu xây dựng thông thường đã được phê duyệt phương án cải tạo, phục hồi môi trường",
      per=ASOF),
    F("phải nộp 128,5 tỷ đồng", "128,5", 128.5e9, "money", "đồng", subject="tổng số tiền ký quỹ phải nộp", per=ASOF),
    F("đã nộp 109,7 tỷ đồng", "109,7", 109.7e9, "money", "đồng", percent=85.4,
      subject="số tiền ký quỹ các tổ chức, cá nhân đã nộp", per=ASOFi),
    F("còn 14 mỏ", "14", 14, "count", "mỏ", subject="mỏ chậm nộp ký quỹ", per=ASOFi),
    F("số tiền 18,8 tỷ đồng", "18,8", 18.8e9, "money", "đồng", subject="số tiền ký quỹ chậm nộp", per=ASOFi),
] + table() + [
    F("chiếm 56,3%", "56,3", 56.3, "percent", "%", subject="tỷ trọng nhóm mỏ đá trong tổng số tiền phải ký quỹ",
      per=ASOFi),
    F("thu hồi 5 giấy phép", "5", 5, "count", "giấy phép",
      subject="giấy phép khai thác bị thu hồi do không ký quỹ đúng hạn",
      per=period("Năm 2024", "2024-01-01", "2024-12-31")),
    F("là 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", subject="mức ký quỹ cao nhất", location="Quế Sơn"),
    F("khoảng 85 triệu đồng", "85", 85e6, "money", "đồng", approx="about", subject="mức ký quỹ thấp nhất"),
]

COMMENTS = [
    "Sở TN&MT Quảng Nam department page without a dateline (no published): environmental rehabilitation deposits of construction-material",
    "mines as of end of Q3/2024, with a table pasted one cell per line (Đơn vị tính: triệu đồng; 'Số mỏ (mỏ)' column counts mines).",
    "Table period is the as-of phrase of the first paragraph (inherited); the 'Tổng cộng' row is its own figure, cells carry no totals.",
    "'đạt 85,4%' is the share of the 109,7 tỷ paid; 'chiếm 56,3%' has no base amount in its sentence: a percent figure of its own.",
    "The highest deposit belongs to a mine in huyện Quế Sơn (location Quế Sơn); the lowest is province-wide (Quảng Nam).",
    "Distractors: Nghị định 10/2023/NĐ-CP, address 100 Hùng Vương, TP. Tam Kỳ, phone/fax, 'Tổng lượt truy cập', 'Đang trực tuyến: 37'.",
]

write(7, TEXT, FIGS, COMMENTS, location="Quảng Nam")
