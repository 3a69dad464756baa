"""p1210-5: Party newspaper (Báo Sơn La): konjac under forest canopy in Vân Hồ, a household's farm; byline + bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Khoai nưa dưới tán rừng giúp đồng bào Vân Hồ thoát nghèo

Những năm gần đây, cây khoai nưa đã bén rễ dưới tán rừng ở nhiều bản vùng cao huyện Vân Hồ, mang lại nguồn thu ổn định cho người dân.

Gia đình anh Lường Văn Thắng ở bản Pa Cốp, xã Chiềng Xuân là một trong những hộ đầu tiên đưa khoai nưa vào trồng dưới tán rừng. Năm 2021, anh trồng thử 0,5 ha; đến nay đã mở rộng lên 3,2 ha. Vụ thu hoạch năm 2023, gia đình anh bán được 68 tấn củ tươi với giá 8.500 đồng/kg, thu về gần 580 triệu đồng, trừ chi phí còn lãi khoảng 350 triệu đồng. Anh còn tạo việc làm thường xuyên cho 6 lao động với mức lương 6 triệu đồng/người/tháng.

Theo UBND huyện Vân Hồ, toàn huyện hiện có 480 ha khoai nưa, trong đó 395 ha trồng dưới tán rừng, tập trung ở các xã Chiềng Xuân, Xuân Nha và Tân Xuân. Trên địa bàn có hai hợp tác xã thu mua, sơ chế khoai nưa, ký hợp đồng bao tiêu với giá sàn 6.000 đồng/kg củ tươi.

Toàn tỉnh Sơn La hiện có 1.640 ha khoai nưa, trong đó 1.120 ha trồng dưới tán rừng; sản lượng năm 2023 đạt khoảng 21.000 tấn, tăng gần 30% so với năm 2022. Huyện Vân Hồ phấn đấu đến năm 2025 có 800 ha khoai nưa, tạo việc làm cho khoảng 1.500 lao động.

Dọc Quốc lộ 6 đoạn qua Vân Hồ, nhiều điểm thu mua khoai nưa đã mọc lên, người dân không còn lo cảnh được mùa mất giá như trước.

Quàng Hương
15/03/2024
"""

Y21 = per("Năm 2021", "2021-01-01", "2021-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
SL = "Sơn La"
FARM = "gia đình anh Lường Văn Thắng"

FIGS = [
    fig("thử 0,5 ha", "0,5", 0.5, "measure", "ha", subject=f"diện tích khoai nưa trồng thử của {FARM}", period=Y21),
    fig("lên 3,2 ha", "3,2", 3.2, "measure", "ha", subject=f"diện tích khoai nưa dưới tán rừng của {FARM}"),
    fig("68 tấn", "68", 68, "measure", "tấn", subject=f"củ tươi khoai nưa {FARM} bán được", period=Y23),
    fig("8.500 đồng/kg", "8.500", 8500, "money", "đồng/kg", subject="giá bán củ tươi khoai nưa", period=Y23),
    fig("gần 580 triệu", "580", 580000000, "money", "đồng", approx="nearly",
        subject=f"tiền thu về từ bán khoai nưa của {FARM}", period=Y23),
    fig("khoảng 350 triệu", "350", 350000000, "money", "đồng", approx="about",
        subject=f"lãi từ khoai nưa của {FARM}", period=Y23),
    fig("cho 6 lao động", "6", 6, "count", "lao động", subject="lao động có việc làm thường xuyên"),
    fig("lương 6 triệu", "6", 6000000, "money", "đồng/người/tháng", subject="mức lương lao động"),
    fig("có 480 ha", "480", 480, "measure", "ha", subject="diện tích khoai nưa"),
    fig("395 ha", "395", 395, "measure", "ha", total=480, subject="diện tích khoai nưa trồng dưới tán rừng"),
    fig("hai hợp tác xã", "hai", 2, "count", "hợp tác xã", subject="hợp tác xã thu mua, sơ chế khoai nưa"),
    fig("giá sàn 6.000", "6.000", 6000, "money", "đồng/kg", subject="giá sàn bao tiêu khoai nưa củ tươi"),
    fig("có 1.640 ha", "1.640", 1640, "measure", "ha", subject="diện tích khoai nưa", location=SL),
    fig("1.120 ha", "1.120", 1120, "measure", "ha", total=1640,
        subject="diện tích khoai nưa trồng dưới tán rừng", location=SL),
    fig("khoảng 21.000 tấn", "21.000", 21000, "measure", "tấn", approx="about",
        change=chg("increase", 30, "%", "năm 2022", approx="nearly"),
        subject="sản lượng khoai nưa", period=Y23, location=SL),
    fig("có 800 ha", "800", 800, "measure", "ha", status="target", subject="diện tích khoai nưa", period=TO25),
    fig("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động", approx="about", status="target",
        subject="lao động có việc làm từ khoai nưa", period=TO25),
]

NOTES = [
    "Party newspaper (Báo Sơn La) feature on huyện Vân Hồ; byline 'Quàng Hương' and bare date '15/03/2024' at the end (published).",
    "Default location Vân Hồ (district the article is about; the farm is in xã Chiềng Xuân of Vân Hồ); province figures 'Toàn tỉnh Sơn La' → Sơn La.",
    "Distractors: 'một trong những hộ đầu tiên' (not a count), 'Quốc lộ 6', 'bản Pa Cốp', names, the bare date.",
    "'đến nay đã mở rộng lên 3,2 ha' and 'hiện có' get no period. 'hai hợp tác xã' = 2. 'tăng gần 30%' is the change of 21.000 tấn (approx nearly).",
    "'Vụ thu hoạch năm 2023' gives the period of the sales sentence (68 tấn, price, revenue, profit). The employment sentence has no period.",
]

if __name__ == "__main__":
    write("p1210-5", TEXT, NOTES, FIGS, published="2024-03-15", location="Vân Hồ")
