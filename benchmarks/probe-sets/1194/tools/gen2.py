"""p1194-2: district portal (huyện Lục Ngạn, Bắc Giang), dried lychee season 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp - Nông thôn

Lục Ngạn: Vụ vải năm 2024 sấy khô gần 9.000 tấn thành phẩm

Thứ Ba, 06/08/2024 - 14:15

Theo Phòng Nông nghiệp và PTNT huyện, vụ vải thiều năm 2024 toàn huyện có tổng sản lượng khoảng 98.000 tấn, trong đó đưa vào sấy khô gần 36.000 tấn quả tươi, cho ra khoảng 8.900 tấn vải sấy thành phẩm.

Trên địa bàn huyện hiện có 1.350 lò sấy vải thủ công và 14 cơ sở sấy công nghiệp, tập trung ở các xã dọc Quốc lộ 31 như Phượng Sơn, Quý Sơn, Tân Quang. Giá vải sấy đầu vụ dao động từ 45.000 đến 55.000 đồng/kg, cao hơn khoảng 15% so với vụ năm 2023.

Gia đình anh Hoàng Văn Thắng ở thôn Bãi Chợ, xã Nam Dương đầu tư hai buồng sấy hơi nóng, mỗi mẻ sấy được 3 tấn quả tươi trong khoảng 72 giờ. Vụ này, gia đình anh sấy khoảng 120 tấn vải tươi, thu về hơn 1,4 tỷ đồng, lãi trên 300 triệu đồng. Theo anh Thắng, buồng sấy hơi nóng tiết kiệm được 30-40% chi phí củi so với lò thủ công, vải sấy lại đều màu, ít bị cháy cùi.

Năm nay, huyện có 5 sản phẩm vải sấy đạt OCOP 4 sao. Dự kiến đến hết tháng 9, toàn huyện tiêu thụ khoảng 85% sản lượng vải sấy, chủ yếu tại các tỉnh phía Nam và xuất khẩu sang Trung Quốc. Huyện phấn đấu đến năm 2025 có ít nhất 60% lò sấy vải đạt điều kiện an toàn thực phẩm.

Ngọc Ánh (Trung tâm VH-TT&TT huyện)
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
SEASON = per("Vụ này", "2024-01-01", "2024-12-31", inherited=True)
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
SEP = per("đến hết tháng 9", None, "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
FARM = "gia đình anh Hoàng Văn Thắng"

FIGS = [
    fig("gần 9.000 tấn", "9.000", 9000, "measure", "tấn", approx="nearly",
        subject="vải sấy khô thành phẩm", period=Y24),
    fig("khoảng 98.000 tấn", "98.000", 98000, "measure", "tấn", approx="about",
        subject="tổng sản lượng vải thiều", period=Y24),
    fig("gần 36.000 tấn", "36.000", 36000, "measure", "tấn", approx="nearly", total=98000,
        subject="vải quả tươi đưa vào sấy khô", period=Y24),
    fig("khoảng 8.900 tấn", "8.900", 8900, "measure", "tấn", approx="about",
        subject="vải sấy thành phẩm", period=Y24),
    fig("1.350 lò sấy", "1.350", 1350, "count", "lò sấy", subject="lò sấy vải thủ công"),
    fig("14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở sấy công nghiệp"),
    fig("từ 45.000 đến 55.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", value_max=55000,
        change=chg("increase", 15, "%", "vụ năm 2023", approx="about"),
        subject="giá vải sấy đầu vụ", period=inh(Y24)),
    fig("hai buồng sấy", "hai", 2, "count", "buồng sấy", subject=f"buồng sấy hơi nóng của {FARM}"),
    fig("mỗi mẻ sấy được 3 tấn", "3", 3, "measure", "tấn", subject="quả tươi mỗi mẻ sấy"),
    fig("khoảng 72 giờ", "72", 72, "measure", "giờ", approx="about", optional=True,
        subject="thời gian một mẻ sấy"),
    fig("khoảng 120 tấn", "120", 120, "measure", "tấn", approx="about",
        subject=f"vải tươi {FARM} sấy", period=SEASON),
    fig("hơn 1,4 tỷ đồng", "1,4", 1400000000, "money", "đồng", approx="over",
        subject=f"tiền thu về từ vải sấy của {FARM}", period=inh(SEASON)),
    fig("trên 300 triệu đồng", "300", 300000000, "money", "đồng", approx="over",
        subject=f"lãi của {FARM}", period=inh(SEASON)),
    fig("30-40%", "30", 30, "percent", "%", value_max=40,
        subject="chi phí củi buồng sấy hơi nóng tiết kiệm được so với lò thủ công"),
    fig("có 5 sản phẩm", "5", 5, "count", "sản phẩm", subject="sản phẩm vải sấy đạt OCOP 4 sao", period=NOW),
    fig("OCOP 4 sao", "4", 4, "measure", "sao", optional=True, subject="hạng sao OCOP"),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ sản lượng vải sấy tiêu thụ", period=SEP),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ lò sấy vải đạt điều kiện an toàn thực phẩm", period=T25),
]

NOTES = [
    "revised after the first run: unit of 'mỗi mẻ sấy được 3 tấn quả tươi' 'tấn quả tươi' -> 'tấn' (consistency with '36.000 tấn quả tươi' -> 'tấn').",
    "District portal (huyện Lục Ngạn, Bắc Giang): dried lychee season 2024. 'Thứ Ba, 06/08/2024 - 14:15', byline at the end.",
    "Distractors: 'Quốc lộ 31', time 14:15, names (thôn Bãi Chợ, xã Nam Dương). Location is the district throughout (communes are in it).",
    "36.000 tấn quả tươi follows 'trong đó' after 98.000 tấn of the same fruit and period: total. 8.900 tấn (product) is not a part.",
    "'Vụ này' (this season, 2024) stands in the farm sentence but is no calendar period: inherited. 'khoảng 72 giờ' batch time and 'OCOP 4 sao' optional.",
    "'mỗi mẻ sấy được 3 tấn' keeps the unit as written ('mỗi' goes to the subject, as the shared gold does for 'mỗi năm').",
]

if __name__ == "__main__":
    write("p1194-2", TEXT, NOTES, FIGS, published="2024-08-06", location="Lục Ngạn")
