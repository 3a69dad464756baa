"""p1414-3: formal report (UBND tỉnh Bình Dương, Số: 287/BC-UBND): apartment buildings 2024, flattened '|' table by city."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH BÌNH DƯƠNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý, vận hành nhà chung cư năm 2024 trên địa bàn tỉnh

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/11/2024, toàn tỉnh có 196 nhà chung cư đã đưa vào sử dụng với khoảng 71.500 căn hộ, tăng 14 nhà chung cư so với cuối năm 2023. Trong năm, có thêm 11 nhà chung cư thành lập ban quản trị. Hiện còn 32 nhà chung cư chưa thành lập ban quản trị, chủ yếu do chưa đủ 50% số căn hộ được bàn giao.

Số liệu theo địa bàn:
Đơn vị tính: nhà chung cư
Địa bàn | Tổng số | Đã có BQT | Đã bàn giao kinh phí bảo trì
TP Thủ Dầu Một | 38 | 33 | 30
TP Dĩ An | 71 | 58 | 52
TP Thuận An | 64 | 55 | 49
Các địa phương khác | 23 | 18 | 15
Tổng cộng | 196 | 164 | 146

II. KẾT QUẢ THỰC HIỆN
1. Kinh phí bảo trì
Năm 2024, các chủ đầu tư đã bàn giao kinh phí bảo trì cho 21 ban quản trị với số tiền 386,4 tỷ đồng, bằng 128% so với năm 2023. Lũy kế từ năm 2015 đến nay, tổng kinh phí bảo trì đã bàn giao đạt khoảng 2.940 tỷ đồng.
2. Giá dịch vụ
Giá dịch vụ quản lý vận hành phổ biến từ 6.000 đến 13.000 đồng/m2/tháng; phí gửi xe máy từ 100.000 đến 150.000 đồng/xe/tháng, ô tô từ 1,2 đến 1,8 triệu đồng/xe/tháng.
3. Tranh chấp
Năm 2024, trên địa bàn xảy ra 9 vụ tranh chấp, khiếu nại kéo dài, giảm 4 vụ so với năm 2023; đã hòa giải thành 7 vụ.

III. NHIỆM VỤ NĂM 2025
Phấn đấu 100% nhà chung cư đủ điều kiện thành lập ban quản trị; đôn đốc bàn giao dứt điểm kinh phí bảo trì cho 50 nhà chung cư còn lại.

Nơi nhận:
- Bộ Xây dựng;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, SXD.
"""

ASOF = per("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y24 = per("Trong năm", "2024-01-01", "2024-12-31")
Y24B = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24C = per("Năm 2024", "2024-01-01", "2024-12-31")
CUM = per("từ năm 2015 đến nay", "2015-01-01", "2024-12-16")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

COLS = ["Tổng số", "Đã có BQT", "Đã bàn giao kinh phí bảo trì"]
COLSUBJ = {"Tổng số": "tổng số nhà chung cư",
           "Đã có BQT": "nhà chung cư đã có BQT",
           "Đã bàn giao kinh phí bảo trì": "nhà chung cư đã bàn giao kinh phí bảo trì"}
ROWS = [("TP Thủ Dầu Một", "Thủ Dầu Một", ["38", "33", "30"]),
        ("TP Dĩ An", "Dĩ An", ["71", "58", "52"]),
        ("TP Thuận An", "Thuận An", ["64", "55", "49"]),
        ("Các địa phương khác", None, ["23", "18", "15"]),
        ("Tổng cộng", None, ["196", "164", "146"])]


def table():
    out = []
    for label, place, cells in ROWS:
        for i, (col, num) in enumerate(zip(COLS, cells)):
            anchor = label + " | " + " | ".join(cells[:i + 1])
            subj = COLSUBJ[col]
            if label == "Các địa phương khác":
                subj += " các địa phương khác"
            kw = {"location": place} if place else {}
            out.append(fig(anchor, num, float(num), "count", "nhà chung cư", subject=subj,
                           period=inh(ASOF), **kw))
    return out


FIGS = [
    fig("có 196 nhà", "196", 196, "count", "nhà chung cư",
        change=chg("increase", 14, "nhà chung cư", "cuối năm 2023"),
        subject="nhà chung cư đã đưa vào sử dụng", period=ASOF),
    fig("khoảng 71.500 căn", "71.500", 71500, "count", "căn hộ", approx="about",
        subject="căn hộ của các nhà chung cư đã đưa vào sử dụng", period=ASOF),
    fig("thêm 11 nhà", "11", 11, "count", "nhà chung cư",
        subject="nhà chung cư thành lập ban quản trị thêm", period=Y24),
    fig("còn 32 nhà", "32", 32, "count", "nhà chung cư",
        subject="nhà chung cư chưa thành lập ban quản trị"),
    fig("đủ 50% số", "50", 50, "percent", "%",
        subject="tỷ lệ căn hộ được bàn giao", optional=True),
] + table() + [
    fig("cho 21 ban", "21", 21, "count", "ban quản trị",
        subject="ban quản trị được chủ đầu tư bàn giao kinh phí bảo trì", period=Y24B),
    fig("tiền 386,4 tỷ", "386,4", 386.4e9, "money", "đồng", percent=128,
        subject="số tiền kinh phí bảo trì chủ đầu tư đã bàn giao", period=Y24B),
    fig("khoảng 2.940 tỷ", "2.940", 2940e9, "money", "đồng", approx="about",
        subject="tổng kinh phí bảo trì đã bàn giao lũy kế", period=CUM),
    fig("từ 6.000 đến", "6.000", 6000, "money", "đồng/m2/tháng", value_max=13000,
        subject="giá dịch vụ quản lý vận hành phổ biến"),
    fig("từ 100.000 đến", "100.000", 100000, "money", "đồng/xe/tháng", value_max=150000,
        subject="phí gửi xe máy"),
    fig("từ 1,2 đến", "1,2", 1.2e6, "money", "đồng/xe/tháng", value_max=1.8e6,
        subject="phí gửi ô tô"),
    fig("ra 9 vụ", "9", 9, "count", "vụ",
        change=chg("decrease", 4, "vụ", "năm 2023"),
        subject="vụ tranh chấp, khiếu nại kéo dài", period=Y24C),
    fig("thành 7 vụ", "7", 7, "count", "vụ",
        subject="vụ tranh chấp đã hòa giải thành", period=Y24C),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ nhà chung cư đủ điều kiện thành lập ban quản trị", period=Y25),
    fig("cho 50 nhà", "50", 50, "count", "nhà chung cư", status="target",
        subject="nhà chung cư còn lại được đôn đốc bàn giao dứt điểm kinh phí bảo trì", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Bình Dương, Số: 287/BC-UBND, 16/12/2024): apartment buildings, boards, maintenance funds, fees, disputes.",
    "Flattened '|' table by city with 'Đơn vị tính: nhà chung cư'; its period is the as-of date of section I (another paragraph: inherited).",
    "Table: a row label that is a city gives location (Thủ Dầu Một, Dĩ An, Thuận An); 'Các địa phương khác' and 'Tổng cộng' stay Bình Dương. Cells get no total.",
    "Distractors: 'Số: 287/BC-UBND', letterhead date, sections I-III and 1-3, 'Lưu: VT, SXD'.",
    "'chưa đủ 50% số căn hộ được bàn giao' is a legal condition given as a reason: optional.",
    "'Trong năm' takes 2024 from the nearest earlier date; 'từ năm 2015 đến nay' ends at the letterhead date.",
    "'bằng 128% so với năm 2023' is a percent attribute (spec: share after 'bằng').",
    "Section III (NHIỆM VỤ NĂM 2025) with 'Phấn đấu': target; the ';' clause continues it; period from the heading (inherited).",
]

if __name__ == "__main__":
    write("p1414-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Bình Dương")
