"""p1333-4: ministry site (Bộ VHTTDL, Vụ Thư viện): national public-library network, readers, digitisation, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin hoạt động > Thư viện

Cả nước có hơn 16.000 thư viện công cộng và tủ sách cơ sở

19/04/2024 | 09:30 | Vụ Thư viện

Theo Vụ Thư viện, tính đến tháng 3/2024, cả nước có 63 thư viện cấp tỉnh, 672 thư viện cấp huyện, khoảng 2.400 thư viện cấp xã và hơn 13.000 tủ sách, phòng đọc cơ sở. Tổng vốn tài liệu của hệ thống thư viện công cộng đạt gần 47 triệu bản, bình quân 0,47 bản sách/người, tăng 0,05 bản so với năm 2022.

Năm 2023, hệ thống thư viện công cộng phục vụ khoảng 32,5 triệu lượt bạn đọc, tăng 8% so với năm 2022; luân chuyển 68 triệu lượt tài liệu. Thư viện Quốc gia Việt Nam và các thư viện cấp tỉnh đã số hóa hơn 120.000 tài liệu, trong đó có 35.600 tài liệu địa chí.

Các địa phương có số lượt bạn đọc cao nhất năm 2023 là Hà Nội (2,1 triệu lượt), TP Hồ Chí Minh (1,8 triệu lượt) và Nghệ An (960.000 lượt). Về xe thư viện lưu động, cả nước hiện có 52 xe, trong đó 18 xe do Quỹ Sách Tri Thức Việt tài trợ giai đoạn 2019-2023.

Hiện mới có 41/63 thư viện cấp tỉnh xây dựng thư viện số, đạt 65%. Theo Đề án phát triển văn hóa đọc trong cộng đồng giai đoạn 2021-2025, định hướng đến năm 2030 (Quyết định số 329/QĐ-TTg), mục tiêu đến năm 2025, 100% thư viện cấp tỉnh có thư viện số; số người đọc sách tăng bình quân 5-7%/năm.

Nhân Ngày Sách và Văn hóa đọc Việt Nam (21/4), Bộ đề nghị các địa phương tổ chức hoạt động phù hợp, huy động xã hội hóa để bổ sung sách cho tủ sách cơ sở ở vùng sâu, vùng xa.

Tin cùng chuyên mục:
- Hội nghị tập huấn nghiệp vụ thư viện năm 2024
- Công bố Giải thưởng Sách Quốc gia lần thứ VI

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ASOF = per("tính đến tháng 3/2024", None, "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
GD = per("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 16.000", "16.000", 16000, "count", "thư viện công cộng và tủ sách cơ sở", approx="over",
        subject="thư viện công cộng và tủ sách cơ sở"),
    fig("có 63 thư viện", "63", 63, "count", "thư viện cấp tỉnh", subject="thư viện cấp tỉnh", period=ASOF),
    fig("672 thư viện", "672", 672, "count", "thư viện cấp huyện", subject="thư viện cấp huyện", period=ASOF),
    fig("khoảng 2.400", "2.400", 2400, "count", "thư viện cấp xã", approx="about",
        subject="thư viện cấp xã", period=ASOF),
    fig("hơn 13.000", "13.000", 13000, "count", "tủ sách, phòng đọc cơ sở", approx="over",
        subject="tủ sách, phòng đọc cơ sở", period=ASOF),
    fig("gần 47 triệu", "47", 47e6, "count", "bản", approx="nearly",
        subject="tổng vốn tài liệu của hệ thống thư viện công cộng", period=inh(ASOF)),
    fig("bình quân 0,47", "0,47", 0.47, "measure", "bản sách/người",
        change=chg("increase", 0.05, "bản", "năm 2022"),
        subject="vốn tài liệu bình quân", period=inh(ASOF)),
    fig("khoảng 32,5 triệu", "32,5", 32.5e6, "count", "lượt bạn đọc", approx="about",
        change=chg("increase", 8, "%", "năm 2022"),
        subject="lượt bạn đọc hệ thống thư viện công cộng phục vụ", period=Y23),
    fig("chuyển 68 triệu", "68", 68e6, "count", "lượt tài liệu",
        subject="lượt tài liệu luân chuyển", period=Y23),
    fig("hơn 120.000", "120.000", 120000, "count", "tài liệu", approx="over",
        subject="tài liệu Thư viện Quốc gia Việt Nam và các thư viện cấp tỉnh đã số hóa"),
    fig("có 35.600", "35.600", 35600, "count", "tài liệu địa chí", total=120000,
        subject="tài liệu địa chí đã số hóa"),
    fig("(2,1 triệu", "2,1", 2.1e6, "count", "lượt", subject="số lượt bạn đọc", period=Y23b,
        location="Hà Nội"),
    fig("(1,8 triệu", "1,8", 1.8e6, "count", "lượt", subject="số lượt bạn đọc", period=Y23b,
        location="TP Hồ Chí Minh"),
    fig("(960.000", "960.000", 960000, "count", "lượt", subject="số lượt bạn đọc", period=Y23b,
        location="Nghệ An"),
    fig("có 52 xe", "52", 52, "count", "xe", subject="xe thư viện lưu động"),
    fig("18 xe", "18", 18, "count", "xe", total=52,
        subject="xe thư viện lưu động do Quỹ Sách Tri Thức Việt tài trợ", period=GD),
    fig("41/63", "41", 41, "count", "thư viện cấp tỉnh", total=63, percent=65,
        subject="thư viện cấp tỉnh xây dựng thư viện số"),
    fig("100% thư viện", "100", 100, "percent", "%", status="target",
        subject="thư viện cấp tỉnh có thư viện số", period=T25),
    fig("bình quân 5-7%", "5", 5, "percent", "%", value_max=7, status="target",
        subject="số người đọc sách tăng bình quân mỗi năm", period=T25),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): breadcrumb, '19/04/2024 | 09:30 | Vụ Thư viện', related links, address footer. National: location Việt Nam.",
    "Distractors: 09:30, 'Quyết định số 329/QĐ-TTg', 'giai đoạn 2021-2025', 'đến năm 2030' (scheme name), '(21/4)', 'năm 2024' and",
    "'lần thứ VI' in link titles, '51 Ngô Quyền', phone 024.3943.8231.",
    "Headline 'hơn 16.000 thư viện công cộng và tủ sách cơ sở' is its own figure (63 + 672 + 2.400 + 13.000 = 16.135).",
    "'tính đến tháng 3/2024' is an as-of month for the network counts (end 2024-03-31); the stock sentence after it inherits it.",
    "'bình quân 0,47 bản sách/người, tăng 0,05 bản so với năm 2022' → change 0,05 (unit bản).",
    "'hơn 120.000 tài liệu, trong đó có 35.600 tài liệu địa chí' → total 120000.",
    "List 'Hà Nội (2,1 triệu lượt), TP Hồ Chí Minh (1,8 triệu lượt) và Nghệ An (960.000 lượt)': subject is the list's indicator,",
    "the places go to location; 'năm 2023' stands in the list sentence.",
    "'52 xe, trong đó 18 xe ... giai đoạn 2019-2023' → total 52; the period belongs to the funded 18.",
    "'41/63 thư viện cấp tỉnh ..., đạt 65%' → total 63, percent 65.",
    "'mục tiêu đến năm 2025, 100% ...; số người đọc sách tăng bình quân 5-7%/năm' → two targets; the growth range is a percent figure",
    "(a growth rate as the claim, no change object).",
]

if __name__ == "__main__":
    write("p1333-4", TEXT, NOTES, FIGS, published="2024-04-19", location="Việt Nam")
