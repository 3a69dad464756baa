from lib import write, P

A = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ > Tin tức > Kinh tế

Bắc Giang: Hơn 1.000 doanh nghiệp thành lập mới trong 6 tháng đầu năm 2024
Cập nhật: 08/07/2024 15:20 | Lượt xem: 2.316

(BGP) - Theo Sở Kế hoạch và Đầu tư, 6 tháng đầu năm 2024, toàn tỉnh có 1.046 doanh nghiệp thành lập mới với tổng vốn đăng ký 9.872 tỷ đồng, tăng 14,6% về số doanh nghiệp và tăng 21,3% về vốn so với cùng kỳ năm 2023. Trong đó, có 137 doanh nghiệp được thành lập từ hộ kinh doanh, chiếm 13,1% số doanh nghiệp thành lập mới. Vốn đăng ký bình quân đạt 9,44 tỷ đồng/doanh nghiệp.

Các địa phương có nhiều doanh nghiệp thành lập mới là thành phố Bắc Giang (386 doanh nghiệp), thị xã Việt Yên (214 doanh nghiệp), huyện Yên Dũng (97 doanh nghiệp) và huyện Lạng Giang (85 doanh nghiệp).

Cùng với đó, 412 doanh nghiệp quay trở lại hoạt động, tăng 5,9%; 586 doanh nghiệp đăng ký tạm ngừng kinh doanh có thời hạn, giảm 3,4%; 211 doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể và 98 doanh nghiệp hoàn tất thủ tục giải thể.

Tính đến ngày 30/6/2024, toàn tỉnh có 7.958 doanh nghiệp đang hoạt động với tổng vốn đăng ký khoảng 178,5 nghìn tỷ đồng. Thời gian giải quyết hồ sơ đăng ký doanh nghiệp bình quân còn 1,5 ngày làm việc; 100% hồ sơ được tiếp nhận qua mạng điện tử.

Thực hiện Quyết định số 1086/QĐ-UBND ngày 15/9/2023 của UBND tỉnh, từ đầu năm đến nay, các cơ quan chức năng đã hỗ trợ 1.250 lượt doanh nghiệp, hộ kinh doanh về thủ tục đăng ký, thuế, kế toán; tổ chức 8 lớp tập huấn cho gần 600 học viên.

Năm 2024, tỉnh phấn đấu có 2.000 doanh nghiệp thành lập mới, trong đó 250 doanh nghiệp thành lập từ hộ kinh doanh. Mọi vướng mắc xin liên hệ đường dây nóng 0204.3854.222 hoặc Bộ phận Một cửa, số 50 đường Ngô Gia Tự, thành phố Bắc Giang.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
DN = dict(kind="count", unit="doanh nghiệp")

F = [
    dict(anchor="Hơn 1.000 doanh nghiệp", number="1.000", value=1000, **DN, approx="over",
         subject="doanh nghiệp thành lập mới", period=H1),
    dict(anchor="có 1.046 doanh nghiệp", number="1.046", value=1046, **DN,
         change=dict(direction="increase", value=14.6, unit="%", baseline="cùng kỳ năm 2023"),
         subject="doanh nghiệp thành lập mới", period=H1),
    dict(anchor="đăng ký 9.872 tỷ đồng", number="9.872", value=9872e9, kind="money", unit="đồng",
         change=dict(direction="increase", value=21.3, unit="%", baseline="cùng kỳ năm 2023"),
         subject="tổng vốn đăng ký của doanh nghiệp thành lập mới", period=H1),
    dict(anchor="có 137 doanh nghiệp", number="137", value=137, **DN, total=1046, percent=13.1,
         subject="doanh nghiệp được thành lập từ hộ kinh doanh", period=H1i),
    dict(anchor="đạt 9,44 tỷ đồng", number="9,44", value=9.44e9, kind="money", unit="đồng/doanh nghiệp",
         subject="vốn đăng ký bình quân", period=H1i),
    dict(anchor="(386 doanh nghiệp)", number="386", value=386, **DN, subject="doanh nghiệp thành lập mới",
         period=H1i, location="Bắc Giang"),
    dict(anchor="(214 doanh nghiệp)", number="214", value=214, **DN, subject="doanh nghiệp thành lập mới",
         period=H1i, location="Việt Yên"),
    dict(anchor="(97 doanh nghiệp)", number="97", value=97, **DN, subject="doanh nghiệp thành lập mới",
         period=H1i, location="Yên Dũng"),
    dict(anchor="(85 doanh nghiệp)", number="85", value=85, **DN, subject="doanh nghiệp thành lập mới",
         period=H1i, location="Lạng Giang"),
    dict(anchor="412 doanh nghiệp quay", number="412", value=412, **DN,
         change=dict(direction="increase", value=5.9, unit="%"),
         subject="doanh nghiệp quay trở lại hoạt động", period=H1i),
    dict(anchor="586 doanh nghiệp", number="586", value=586, **DN,
         change=dict(direction="decrease", value=3.4, unit="%"),
         subject="doanh nghiệp đăng ký tạm ngừng kinh doanh có thời hạn", period=H1i),
    dict(anchor="211 doanh nghiệp", number="211", value=211, **DN,
         subject="doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể", period=H1i),
    dict(anchor="98 doanh nghiệp", number="98", value=98, **DN,
         subject="doanh nghiệp hoàn tất thủ tục giải thể", period=H1i),
    dict(anchor="có 7.958 doanh nghiệp", number="7.958", value=7958, **DN,
         subject="doanh nghiệp đang hoạt động", period=ASOF),
    dict(anchor="khoảng 178,5 nghìn tỷ đồng", number="178,5", value=178.5e12, kind="money", unit="đồng",
         approx="about", subject="tổng vốn đăng ký của doanh nghiệp đang hoạt động", period=ASOF),
    dict(anchor="còn 1,5 ngày làm việc", number="1,5", value=1.5, kind="measure", unit="ngày làm việc",
         subject="thời gian giải quyết hồ sơ đăng ký doanh nghiệp bình quân", period=H1i),
    dict(anchor="100% hồ sơ", number="100", value=100, kind="percent", unit="%",
         subject="hồ sơ được tiếp nhận qua mạng điện tử", period=H1i),
    dict(anchor="hỗ trợ 1.250 lượt", number="1.250", value=1250, kind="count", unit="lượt doanh nghiệp, hộ kinh doanh",
         subject="lượt doanh nghiệp, hộ kinh doanh được hỗ trợ về thủ tục đăng ký, thuế, kế toán",
         period=P("từ đầu năm đến nay", "2024-01-01", "2024-07-08")),
    dict(anchor="tổ chức 8 lớp", number="8", value=8, kind="count", unit="lớp tập huấn",
         subject="lớp tập huấn", period=P("từ đầu năm đến nay", "2024-01-01", "2024-07-08")),
    dict(anchor="gần 600 học viên", number="600", value=600, kind="count", unit="học viên", approx="nearly",
         subject="học viên tham gia tập huấn", period=P("từ đầu năm đến nay", "2024-01-01", "2024-07-08")),
    dict(anchor="có 2.000 doanh nghiệp", number="2.000", value=2000, **DN, status="target",
         subject="doanh nghiệp thành lập mới", period=Y),
    dict(anchor="đó 250 doanh nghiệp", number="250", value=250, **DN, total=2000, status="target",
         subject="doanh nghiệp thành lập từ hộ kinh doanh", period=Y),
]

write("p352-1", A, F, [
    "Cổng TTĐT tỉnh Bắc Giang (province portal): đăng ký doanh nghiệp 6 tháng đầu năm 2024. 'Cập nhật: 08/07/2024 15:20 | Lượt xem: 2.316'.",
    "Distractors: view counter, Quyết định số 1086/QĐ-UBND ngày 15/9/2023, hotline 0204.3854.222, address 'số 50 đường Ngô Gia Tự, thành phố Bắc Giang'.",
    "'tăng 14,6% về số doanh nghiệp và tăng 21,3% về vốn': each change named for its own figure (1.046 and 9.872 tỷ).",
    "District list items (no 'trong đó'): location per item, no total. 'từ đầu năm đến nay' ends at the dateline 2024-07-08.",
    "Headline 'Hơn 1.000 doanh nghiệp' is a figure (approx over). Targets 'Năm 2024, tỉnh phấn đấu': 250 is part of 2.000 ('trong đó').",
], published="2024-07-08", location="Bắc Giang")
