"""p1264-1: province portal (An Giang): mechanisation of rice production, machine fleet as of 30/9/2024, a cooperative in Thoại Sơn."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Cơ giới hóa khâu thu hoạch lúa đạt trên 98%

Cập nhật: 17/10/2024 08:45 | Lượt xem: 3.126

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, toàn tỉnh có 1.742 máy gặt đập liên hợp, tăng 65 chiếc so với cuối năm 2023; 2.360 máy kéo các loại, trong đó 1.105 máy kéo công suất trên 35 mã lực; khoảng 410 máy cấy và 286 thiết bị bay không người lái phun thuốc bảo vệ thực vật.

Tính chung các vụ lúa năm 2024, tỷ lệ cơ giới hóa khâu làm đất đạt 100%, khâu gieo sạ, cấy đạt 75,4%, khâu phun thuốc 82%, khâu thu hoạch 98,6% và khâu sấy khoảng 70%.

Giá thuê máy gặt đập liên hợp vụ Thu Đông năm nay từ 1,8 đến 2,2 triệu đồng/ha, giảm khoảng 100.000 đồng/ha so với vụ Hè Thu. Thu hoạch bằng máy giúp giảm tỷ lệ thất thoát từ 5-6% xuống dưới 2%, tiết kiệm khoảng 1,5 triệu đồng/ha so với gặt tay.

Tại huyện Thoại Sơn, Hợp tác xã Nông nghiệp Tân Hòa Phát hiện có 12 máy gặt đập liên hợp, 4 máy kéo và hai máy bay phun thuốc, phục vụ khoảng 1.300 ha của gần 500 hộ thành viên. 9 tháng đầu năm, doanh thu dịch vụ cơ giới của hợp tác xã đạt 6,8 tỷ đồng, lợi nhuận hơn 1,2 tỷ đồng.

Theo Kế hoạch số 245/KH-UBND, năm 2025 tỉnh phấn đấu nâng tỷ lệ cơ giới hóa khâu gieo sạ, cấy lên 80%, khâu sấy lên 75%; mục tiêu đến năm 2030 có ít nhất 50% diện tích lúa được cấy bằng máy kết hợp mạ khay.

Tin liên quan:
- Thoại Sơn: ra quân thu hoạch lúa Thu Đông 2024 (15/10/2024)
- Hội thảo máy nông nghiệp lần thứ 3 tại TP Long Xuyên
"""

ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = year("năm 2024", 2024)
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y25 = year("năm 2025", 2025)
T30 = per("đến năm 2030", None, "2030-12-31")
TS = "Thoại Sơn"
RATE = "tỷ lệ cơ giới hóa khâu "

FIGS = [
    fig("đạt trên 98%", "98", 98, "percent", "%", approx="over", subject="cơ giới hóa khâu thu hoạch lúa"),
    fig("có 1.742 máy", "1.742", 1742, "count", "máy gặt đập liên hợp",
        change=chg("increase", 65, "chiếc", "cuối năm 2023"), subject="máy gặt đập liên hợp", period=ASOF),
    fig("2.360 máy kéo", "2.360", 2360, "count", "máy kéo", subject="máy kéo các loại", period=ASOF),
    fig("1.105 máy kéo", "1.105", 1105, "count", "máy kéo", total=2360,
        subject="máy kéo công suất trên 35 mã lực", period=ASOF),
    fig("trên 35 mã lực", "35", 35, "measure", "mã lực", approx="over", optional=True),
    fig("khoảng 410 máy cấy", "410", 410, "count", "máy cấy", approx="about", subject="máy cấy", period=ASOF),
    fig("286 thiết bị", "286", 286, "count", "thiết bị bay không người lái",
        subject="thiết bị bay không người lái phun thuốc bảo vệ thực vật", period=ASOF),
    fig("làm đất đạt 100%", "100", 100, "percent", "%", subject=RATE + "làm đất", period=Y24),
    fig("cấy đạt 75,4%", "75,4", 75.4, "percent", "%", subject=RATE + "gieo sạ, cấy", period=Y24),
    fig("phun thuốc 82%", "82", 82, "percent", "%", subject=RATE + "phun thuốc", period=Y24),
    fig("thu hoạch 98,6%", "98,6", 98.6, "percent", "%", subject=RATE + "thu hoạch", period=Y24),
    fig("sấy khoảng 70%", "70", 70, "percent", "%", approx="about", subject=RATE + "sấy", period=Y24),
    fig("từ 1,8 đến 2,2 triệu", "1,8", 1.8e6, "money", "đồng/ha", value_max=2.2e6,
        change=chg("decrease", 100000, "đồng/ha", "vụ Hè Thu", approx="about"),
        subject="giá thuê máy gặt đập liên hợp"),
    fig("từ 5-6%", "5", 5, "percent", "%", value_max=6, subject="tỷ lệ thất thoát khi thu hoạch"),
    fig("dưới 2%", "2", 2, "percent", "%", approx="under", subject="tỷ lệ thất thoát khi thu hoạch bằng máy"),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "money", "đồng/ha", approx="about",
        subject="chi phí tiết kiệm khi thu hoạch bằng máy so với gặt tay"),
    fig("có 12 máy", "12", 12, "count", "máy gặt đập liên hợp",
        subject="máy gặt đập liên hợp của Hợp tác xã Nông nghiệp Tân Hòa Phát", location=TS),
    fig("4 máy kéo", "4", 4, "count", "máy kéo", subject="máy kéo của hợp tác xã", location=TS),
    fig("hai máy bay", "hai", 2, "count", "máy bay", subject="máy bay phun thuốc của hợp tác xã", location=TS),
    fig("khoảng 1.300 ha", "1.300", 1300, "measure", "ha", approx="about",
        subject="diện tích hợp tác xã phục vụ", location=TS),
    fig("gần 500 hộ", "500", 500, "count", "hộ", approx="nearly", subject="hộ thành viên", location=TS),
    fig("đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", subject="doanh thu dịch vụ cơ giới của hợp tác xã",
        period=NINE, location=TS),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="lợi nhuận của hợp tác xã",
        period=NINE, location=TS),
    fig("lên 80%", "80", 80, "percent", "%", status="target", subject=RATE + "gieo sạ, cấy", period=Y25),
    fig("lên 75%", "75", 75, "percent", "%", status="target", subject=RATE + "sấy", period=Y25),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="diện tích lúa được cấy bằng máy kết hợp mạ khay", period=T30),
]

NOTES = [
    "Province portal (An Giang): breadcrumb, headline figure, 'Cập nhật: 17/10/2024 08:45 | Lượt xem: 3.126', related links.",
    "Distractors: 08:45, Lượt xem 3.126, Kế hoạch số 245/KH-UBND, 'Thu Đông 2024 (15/10/2024)', 'lần thứ 3'.",
    "As-of 'tính đến ngày 30/9/2024' covers the whole ';'-chain of the fleet sentence. '35 mã lực' is a class threshold (optional).",
    "Season phrases ('vụ Thu Đông năm nay', 'vụ Hè Thu') are not period forms of the spec: no period (not scored).",
    "'từ 5-6% xuống dưới 2%': two percent figures, no change (the drop is not stated as an amount).",
    "Cooperative passage in huyện Thoại Sơn: location Thoại Sơn; '9 tháng đầu năm' takes 2024 (nearest earlier date 30/9/2024).",
    "'phấn đấu' governs both clauses of the 2025 sentence; 'mục tiêu đến năm 2030 ... ít nhất 50%' → target, at_least.",
]

if __name__ == "__main__":
    write("p1264-1", TEXT, NOTES, FIGS, published="2024-10-17", location="An Giang")
