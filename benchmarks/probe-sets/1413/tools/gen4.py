"""p1413-4: ministry site (Bộ NN&PTNT, Cục Bảo vệ thực vật): national weekly planthopper situation."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật

Hơn 24.500 ha lúa nhiễm rầy nâu, Cục Bảo vệ thực vật yêu cầu phòng trừ kịp thời

Ngày đăng: 14/03/2024 - 16:20

Theo Cục Bảo vệ thực vật, trong tuần từ ngày 7/3 đến 13/3/2024, diện tích lúa nhiễm rầy nâu trên cả nước là 24.580 ha, tăng 3.960 ha so với tuần trước; trong đó nhiễm nặng 1.215 ha. So với cùng kỳ năm 2023, diện tích nhiễm rầy gấp 2,1 lần.

Vùng Đồng bằng sông Cửu Long có 21.340 ha nhiễm, chiếm 86,8% diện tích nhiễm của cả nước. Các tỉnh có diện tích nhiễm lớn là Sóc Trăng (5.820 ha), Kiên Giang (4.985 ha), Hậu Giang (3.460 ha) và Đồng Tháp (3.245 ha). Mật độ rầy phổ biến 1.000-3.000 con/m2, cục bộ trên 10.000 con/m2. Tại huyện Thạnh Trị (Sóc Trăng), rầy đã gây cháy 18 ha lúa.

Rầy nâu vào đèn rộ tại nhiều tỉnh, cao nhất tại bẫy đèn ở Bạc Liêu với 650.000 con/bẫy/đêm vào đêm 10/3.

Cục dự báo rầy nâu lứa mới sẽ nở rộ từ ngày 20 đến 30/3/2024, có thể gây hại khoảng 30.000-35.000 ha lúa Đông Xuân muộn. Thực hiện Công điện số 245/CĐ-BNN-BVTV, Cục đã cử 3 đoàn công tác xuống các tỉnh trọng điểm; các địa phương đã phòng trừ 19.870 ha, đạt 80,8% diện tích nhiễm.

CỤC BẢO VỆ THỰC VẬT
Địa chỉ: Số 149 Hồ Đắc Di, quận Đống Đa, Hà Nội
Điện thoại: 024.3533.0361
"""

WEEK = per("trong tuần từ ngày 7/3 đến 13/3/2024", "2024-03-07", "2024-03-13")
NIGHT = per("đêm 10/3", "2024-03-10", "2024-03-10")
HATCH = per("từ ngày 20 đến 30/3/2024", "2024-03-20", "2024-03-30")
R = "Đồng bằng sông Cửu Long"

FIGS = [
    fig("Hơn 24.500 ha", "24.500", 24500, "measure", "ha", approx="over",
        subject="lúa nhiễm rầy nâu"),
    fig("cả nước là 24.580 ha", "24.580", 24580, "measure", "ha",
        change=chg("increase", 3960, "ha", "tuần trước"),
        subject="diện tích lúa nhiễm rầy nâu trên cả nước", period=WEEK),
    fig("nhiễm nặng 1.215 ha", "1.215", 1215, "measure", "ha", total=24580,
        subject="diện tích nhiễm nặng", period=WEEK),
    fig("gấp 2,1 lần", "2,1", 2.1, "multiple", "lần",
        subject="diện tích nhiễm rầy so với cùng kỳ năm 2023", period=inh(WEEK)),
    fig("có 21.340 ha", "21.340", 21340, "measure", "ha", percent=86.8,
        subject="diện tích nhiễm", period=inh(WEEK), location=R),
    fig("Sóc Trăng (5.820 ha)", "5.820", 5820, "measure", "ha",
        subject="diện tích nhiễm", period=inh(WEEK), location="Sóc Trăng"),
    fig("Kiên Giang (4.985 ha)", "4.985", 4985, "measure", "ha",
        subject="diện tích nhiễm", period=inh(WEEK), location="Kiên Giang"),
    fig("Hậu Giang (3.460 ha)", "3.460", 3460, "measure", "ha",
        subject="diện tích nhiễm", period=inh(WEEK), location="Hậu Giang"),
    fig("Đồng Tháp (3.245 ha)", "3.245", 3245, "measure", "ha",
        subject="diện tích nhiễm", period=inh(WEEK), location="Đồng Tháp"),
    fig("phổ biến 1.000-3.000", "1.000", 1000, "measure", "con/m2", value_max=3000,
        subject="mật độ rầy phổ biến", period=inh(WEEK)),
    fig("trên 10.000 con/m2", "10.000", 10000, "measure", "con/m2", approx="over",
        subject="mật độ rầy cục bộ", period=inh(WEEK)),
    fig("cháy 18 ha", "18", 18, "measure", "ha",
        subject="lúa bị rầy gây cháy", period=inh(WEEK), location="Thạnh Trị"),
    fig("với 650.000 con", "650.000", 650000, "measure", "con/bẫy/đêm",
        subject="rầy nâu vào đèn tại bẫy đèn", period=NIGHT, location="Bạc Liêu"),
    fig("khoảng 30.000-35.000 ha", "30.000", 30000, "measure", "ha", value_max=35000, approx="about",
        status="forecast", subject="lúa Đông Xuân muộn rầy nâu lứa mới có thể gây hại", period=HATCH),
    fig("cử 3 đoàn", "3", 3, "count", "đoàn công tác",
        subject="đoàn công tác Cục cử xuống các tỉnh trọng điểm"),
    fig("phòng trừ 19.870 ha", "19.870", 19870, "measure", "ha", percent=80.8,
        subject="diện tích các địa phương đã phòng trừ"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, news of Cục Bảo vệ thực vật): breadcrumb, 'Ngày đăng: 14/03/2024 - 16:20', footer of the department.",
    "Distractors: 16:20, 'Công điện số 245/CĐ-BNN-BVTV', 'Số 149 Hồ Đắc Di' (address), phone 024.3533.0361, 'đêm 10/3',",
    "'từ ngày 20 đến 30/3/2024' (dates, not a range figure), 'lứa mới'.",
    "National figures → Việt Nam (default). 'Vùng Đồng bằng sông Cửu Long' is a region: annotated as its location (the spec names",
    "provinces, cities, districts and Việt Nam only; borderline). Province list items → location = province, subject = the list indicator.",
    "'So với cùng kỳ năm 2023, diện tích nhiễm rầy gấp 2,1 lần.' stands alone as the claim: kind multiple, unit lần.",
    "'trong đó nhiễm nặng 1.215 ha' → total 24.580; 'chiếm 86,8%', 'đạt 80,8%' → percent attributes.",
    "The light-trap peak takes the night 'đêm 10/3' as its period (single day). The forecast area takes the hatching span of its sentence.",
    "The week of the first paragraph is inherited (not scored) by the second paragraph's figures; '19.870 ha' (cumulative control) has no period.",
]

if __name__ == "__main__":
    write("p1413-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Việt Nam")
