"""p632-4: Bộ Y tế portal, national YHCT figures 2023 and targets."""
from lib import F, P, CH, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Y dược cổ truyền
Ngày đăng: 05/12/2023 | Lượt xem: 2.604

Tỷ lệ khám, chữa bệnh bằng y học cổ truyền toàn quốc đạt 14,7%

Theo Cục Quản lý Y, Dược cổ truyền, tính đến ngày 30/11/2023, cả nước có 66 bệnh viện y dược cổ truyền, trong đó 3 bệnh viện tuyến trung ương, 59 bệnh viện tuyến tỉnh và 4 bệnh viện tư nhân; 95,6% bệnh viện đa khoa tuyến tỉnh có khoa y học cổ truyền.

Năm 2023, tỷ lệ khám, chữa bệnh bằng YHCT, kết hợp YHCT với y học hiện đại toàn quốc ước đạt 14,7%, trong đó tuyến trung ương 8,2%, tuyến tỉnh 12,4%, tuyến huyện 15,9% và tuyến xã 18,3%. Một số địa phương có tỷ lệ cao như Hà Nội (25,1%), Quảng Bình (28,6%) và Thái Bình (30,2%).

Tổng số lượt khám, chữa bệnh bằng YHCT năm 2023 ước khoảng 31,5 triệu lượt, tăng 9,4% so với năm 2022. Chi phí Quỹ BHYT thanh toán cho dịch vụ YHCT khoảng 6.820 tỷ đồng, chiếm 5,3% tổng chi khám, chữa bệnh BHYT.

Cả nước hiện có 72.560 người hành nghề YHCT, trong đó khoảng 5.200 bác sĩ YHCT; bình quân 0,52 bác sĩ YHCT/vạn dân.

Theo Quyết định số 1893/QĐ-TTg ngày 25/12/2019, đến năm 2025 tỷ lệ khám, chữa bệnh bằng YHCT ở tuyến tỉnh, huyện, xã lần lượt đạt 25%, 30% và 35%; đến năm 2030 đạt 35% tổng số lượt khám, chữa bệnh toàn quốc. Phấn đấu đến năm 2030, 100% bệnh viện đa khoa tuyến tỉnh có khoa YHCT.

Cục Quản lý Y, Dược cổ truyền - 138A Giảng Võ, Ba Đình, Hà Nội
Đường dây nóng: 1900.9095
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
ASOF = P("tính đến ngày 30/11/2023", None, "2023-11-30")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
RATE = "tỷ lệ khám, chữa bệnh bằng YHCT, kết hợp YHCT với y học hiện đại"
TRATE = "tỷ lệ khám, chữa bệnh bằng YHCT"

FIGS = [
    F("quốc đạt 14,7%", "14,7", 14.7, "percent", "%",
      subject="tỷ lệ khám, chữa bệnh bằng y học cổ truyền toàn quốc"),
    F("có 66 bệnh viện", "66", 66, "count", "bệnh viện", subject="bệnh viện y dược cổ truyền", period=ASOF),
    F("đó 3 bệnh viện", "3", 3, "count", "bệnh viện", total=66,
      subject="bệnh viện y dược cổ truyền tuyến trung ương", period=ASOF),
    F("59 bệnh viện", "59", 59, "count", "bệnh viện", total=66,
      subject="bệnh viện y dược cổ truyền tuyến tỉnh", period=ASOF),
    F("và 4 bệnh viện", "4", 4, "count", "bệnh viện", total=66,
      subject="bệnh viện y dược cổ truyền tư nhân", period=ASOF),
    F("95,6%", "95,6", 95.6, "percent", "%",
      subject="bệnh viện đa khoa tuyến tỉnh có khoa y học cổ truyền", period=ASOF),
    F("ước đạt 14,7%", "14,7", 14.7, "percent", "%", status="estimate", subject=RATE + " toàn quốc", period=Y23),
    F("trung ương 8,2%", "8,2", 8.2, "percent", "%", status="estimate", subject=RATE + " tuyến trung ương", period=Y23),
    F("tuyến tỉnh 12,4%", "12,4", 12.4, "percent", "%", status="estimate", subject=RATE + " tuyến tỉnh", period=Y23),
    F("huyện 15,9%", "15,9", 15.9, "percent", "%", status="estimate", subject=RATE + " tuyến huyện", period=Y23),
    F("xã 18,3%", "18,3", 18.3, "percent", "%", status="estimate", subject=RATE + " tuyến xã", period=Y23),
    F("Hà Nội (25,1%)", "25,1", 25.1, "percent", "%", subject=TRATE, period=Y23i, location="Hà Nội"),
    F("Quảng Bình (28,6%)", "28,6", 28.6, "percent", "%", subject=TRATE, period=Y23i, location="Quảng Bình"),
    F("Thái Bình (30,2%)", "30,2", 30.2, "percent", "%", subject=TRATE, period=Y23i, location="Thái Bình"),
    F("khoảng 31,5 triệu", "31,5", 31.5e6, "count", "lượt", approx="about", status="estimate",
      change=CH("increase", 9.4, baseline="năm 2022"),
      subject="tổng số lượt khám, chữa bệnh bằng YHCT", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 6.820 tỷ", "6.820", 6820e9, "money", "đồng", approx="about", percent=5.3,
      subject="chi phí Quỹ BHYT thanh toán cho dịch vụ YHCT", period=Y23i),
    F("có 72.560 người", "72.560", 72560, "count", "người", subject="người hành nghề YHCT"),
    F("khoảng 5.200 bác sĩ", "5.200", 5200, "count", "bác sĩ YHCT", approx="about", total=72560,
      subject="bác sĩ YHCT"),
    F("bình quân 0,52", "0,52", 0.52, "measure", "bác sĩ YHCT/vạn dân", subject="bác sĩ YHCT bình quân trên vạn dân"),
    F("đạt 25%", "25", 25, "percent", "%", status="target", subject=TRATE + " tuyến tỉnh", period=T25),
    F("25%, 30%", "30", 30, "percent", "%", status="target", subject=TRATE + " tuyến huyện", period=T25),
    F("và 35%;", "35", 35, "percent", "%", status="target", subject=TRATE + " tuyến xã", period=T25),
    F("đạt 35% tổng", "35", 35, "percent", "%", status="target",
      subject="tỷ lệ khám, chữa bệnh bằng YHCT trong tổng số lượt khám, chữa bệnh toàn quốc", period=T30),
    F("2030, 100%", "100", 100, "percent", "%", status="target",
      subject="bệnh viện đa khoa tuyến tỉnh có khoa YHCT", period=T30),
]

COMMENTS = [
    "Bộ Y tế portal ('Ngày đăng: 05/12/2023 | Lượt xem: 2.604'): national YHCT figures 2023 and 2025/2030 targets. Location Việt Nam.",
    "Hospital parts after 'trong đó' take the whole 66 (3+59+4). Rates by tuyến after 'trong đó' are percents of their own (no total),",
    "status estimate continued from 'ước đạt'. Province list → location, subject = the list's indicator; period inherited from 'Năm 2023'.",
    "'ước khoảng' → estimate + about. 'chiếm 5,3%' → percent of 6.820 tỷ đồng. '0,52 bác sĩ YHCT/vạn dân' a rate, kind measure.",
    "The three 2025 targets come with 'lần lượt' (25%, 30%, 35%); the 2030 target follows after ';' in the same sentence; target periods start null.",
    "Headline '14,7%' has no status cue (actual) and no period.",
    "Distractors: Quyết định số 1893/QĐ-TTg ngày 25/12/2019, counter 2.604, address 138A Giảng Võ, hotline 1900.9095.",
]

if __name__ == "__main__":
    emit("p632-4", TEXT, COMMENTS, FIGS, published="2023-12-05", location="Việt Nam")
