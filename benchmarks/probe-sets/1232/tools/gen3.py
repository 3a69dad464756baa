"""p1232-3: formal report UBND tỉnh Quảng Nam — casino and electronic games, 6 months 2024; flattened | table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 18 tháng 7 năm 2024

BÁO CÁO
Tình hình kinh doanh casino, trò chơi điện tử có thưởng dành cho người nước ngoài 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kinh doanh casino
6 tháng đầu năm 2024, điểm kinh doanh casino tại Khu nghỉ dưỡng Nam Hội An (huyện Thăng Bình) đón 38.650 lượt khách, tăng 14,2% so với cùng kỳ; số bàn trò chơi đang hoạt động là 54/110 bàn được cấp phép.

2. Kinh doanh trò chơi điện tử có thưởng
Toàn tỉnh có 2 doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện kinh doanh trò chơi điện tử có thưởng, với 96 máy, trong đó 60 máy đặt tại TP Hội An.

3. Kết quả kinh doanh và nộp ngân sách
Đơn vị tính: triệu đồng
Cơ sở kinh doanh | Doanh thu | Nộp NSNN | Kế hoạch nộp NSNN năm 2024
Casino Nam Hội An (Thăng Bình) | 612.400 | 195.300 | 410.000
Công ty TNHH Giải trí Sông Hoài | 41.250 | 12.860 | 27.000
Công ty CP Du lịch Phố Cổ | 19.870 | 6.400 | 12.000
Tổng cộng | 673.520 | 214.560 | 449.000

Tổng số nộp ngân sách 6 tháng đạt 214.560 triệu đồng, bằng 47,8% kế hoạch năm, tăng 11,3% so với cùng kỳ năm 2023. Các cơ sở sử dụng 1.420 lao động, trong đó lao động là người địa phương 1.065 người.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu thu ngân sách từ lĩnh vực này cả năm đạt ít nhất 449 tỷ đồng; dự kiến cấp phép bổ sung 40 máy trò chơi điện tử có thưởng.

Nơi nhận:
- Bộ Tài chính (b/c);
- Lưu: VT, KTTH.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SIX = per("6 tháng", "2024-01-01", "2024-06-30")
KH = per("Kế hoạch nộp NSNN năm 2024", "2024-01-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
H2 = per("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31")

ROWS = {"casino": ("Casino Nam Hội An", "Thăng Bình"),
        "song": ("Công ty TNHH Giải trí Sông Hoài", None),
        "pho": ("Công ty CP Du lịch Phố Cổ", None),
        "tong": ("Tổng cộng", None)}
COLS = {"dt": "Doanh thu", "nop": "Nộp NSNN", "kh": "Kế hoạch nộp NSNN năm 2024"}


def cell(anchor, number, row, col):
    label, place = ROWS[row]
    kw = {}
    if place:
        kw["location"] = place
    if col == "kh":
        kw["status"] = "target"
        period = KH
    else:
        period = inh(H1)
    value = float(number.replace(".", "")) * 1e6
    return fig(anchor, number, value, "money", "đồng", subject=f"{COLS[col]} {label}", period=period, **kw)


FIGS = [
    fig("đón 38.650 lượt khách", "38.650", 38650, "count", "lượt khách",
        change=chg("increase", 14.2, "%", "cùng kỳ"),
        subject="lượt khách đến điểm kinh doanh casino", period=H1, location="Thăng Bình"),
    fig("54/110 bàn", "54", 54, "count", "bàn", total=110,
        subject="bàn trò chơi đang hoạt động", period=H1, location="Thăng Bình"),
    fig("có 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện kinh doanh trò chơi điện tử có thưởng"),
    fig("với 96 máy", "96", 96, "count", "máy", subject="máy trò chơi điện tử có thưởng"),
    fig("60 máy", "60", 60, "count", "máy", total=96,
        subject="máy trò chơi điện tử có thưởng", location="Hội An"),
    cell("(Thăng Bình) | 612.400", "612.400", "casino", "dt"),
    cell("612.400 | 195.300", "195.300", "casino", "nop"),
    cell("195.300 | 410.000", "410.000", "casino", "kh"),
    cell("Sông Hoài | 41.250", "41.250", "song", "dt"),
    cell("41.250 | 12.860", "12.860", "song", "nop"),
    cell("12.860 | 27.000", "27.000", "song", "kh"),
    cell("Phố Cổ | 19.870", "19.870", "pho", "dt"),
    cell("19.870 | 6.400", "6.400", "pho", "nop"),
    cell("6.400 | 12.000", "12.000", "pho", "kh"),
    cell("Tổng cộng | 673.520", "673.520", "tong", "dt"),
    cell("673.520 | 214.560", "214.560", "tong", "nop"),
    cell("214.560 | 449.000", "449.000", "tong", "kh"),
    fig("đạt 214.560 triệu đồng", "214.560", 214560e6, "money", "đồng", percent=47.8,
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="tổng số nộp ngân sách", period=SIX),
    fig("sử dụng 1.420 lao động", "1.420", 1420, "count", "lao động", subject="lao động của các cơ sở"),
    fig("1.065 người", "1.065", 1065, "count", "người", total=1420, subject="lao động là người địa phương"),
    fig("ít nhất 449 tỷ", "449", 449e9, "money", "đồng", approx="at_least", status="target",
        subject="thu ngân sách từ lĩnh vực kinh doanh casino, trò chơi điện tử có thưởng", period=YEAR),
    fig("bổ sung 40 máy", "40", 40, "count", "máy", status="forecast",
        subject="máy trò chơi điện tử có thưởng cấp phép bổ sung", period=inh(H2)),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NAM', 'Số: 186/BC-UBND', 'Quảng Nam, ngày 18 tháng 7 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng' (×10^6). Subject = column label + row label; the row label '(Thăng Bình)' is a place → location.",
    "'Nam Hội An' is a project name (the casino lies in huyện Thăng Bình), not Hội An. Doanh thu / Nộp NSNN cells inherit the title's 6 months;",
    "the 'Kế hoạch nộp NSNN năm 2024' column gives status target and period 2024 (column header, scored). Table cells get no total.",
    "Distractors: 'Số: 186/BC-UBND', dateline, section numbers I./II./1.-3., 'Lưu: VT, KTTH'. '54/110 bàn' → total 110.",
    "'cả năm' and the heading '6 THÁNG CUỐI NĂM' take 2024 from the title; the forecast '40 máy' inherits the heading period.",
]

if __name__ == "__main__":
    write("p1232-3", TEXT, NOTES, FIGS, published="2024-07-18", location="Quảng Nam")
