"""p1297-6: national newspaper (VnExpress-style): apartments in TP HCM waiting for 'sổ hồng'."""
from lib import fig, per, inh, chg, write

TEXT = """Thời sự > Bất động sản

Thứ tư, 19/3/2025, 06:00 (GMT+7)

Hơn 30.000 căn hộ ở TP HCM chờ sổ hồng

Hàng chục nghìn người mua nhà tại 126 dự án ở TP HCM vẫn chưa được cấp giấy chứng nhận dù đã nhận nhà nhiều năm.

Theo Sở Tài nguyên và Môi trường TP HCM, đến cuối tháng 2/2025, thành phố còn khoảng 30.600 căn hộ, nhà ở tại 126 dự án chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở (sổ hồng). Trong số này, 81 dự án vướng nghĩa vụ tài chính của chủ đầu tư, 45 dự án vướng quy hoạch hoặc xây sai phép.

Từ đầu năm 2024 đến nay, thành phố đã cấp sổ cho 12.870 căn hộ của 38 dự án, trong đó có chung cư Phú An Residence ở quận 8 và block B2 dự án Tân Phong Garden tại quận 7. Tốc độ cấp sổ năm 2024 gấp 2,4 lần năm 2023.

Theo Hiệp hội Bất động sản TP HCM (HoREA), bình quân mỗi tháng có khoảng 1.000-1.200 căn hộ được cấp sổ. Với tốc độ này, phải mất ít nhất hai năm nữa mới giải quyết hết số tồn đọng. Ông Phạm Văn Đức, Phó chủ tịch Hiệp hội, cho biết khoảng 20% số căn hộ tồn đọng thuộc các dự án nhà ở xã hội, nơi người mua chủ yếu là công nhân, viên chức.

Khi được cấp sổ, người mua nộp lệ phí trước bạ 0,5% giá trị căn hộ và lệ phí cấp giấy 25.000 đồng/giấy. "Nhiều gia đình chờ sổ hồng để thế chấp vay vốn, làm thủ tục cho con đi học", ông Đức nói.

Năm 2025, thành phố đặt mục tiêu cấp sổ cho ít nhất 15.000 căn hộ. Sở đã lập 5 tổ công tác liên ngành để rà soát từng dự án.

Hà An
"""

FEB = per("đến cuối tháng 2/2025", None, "2025-02-28")
YTD = per("Từ đầu năm 2024 đến nay", "2024-01-01", "2025-03-19")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hơn 30.000 căn hộ", "30.000", 30000, "count", "căn hộ", approx="over", subject="căn hộ chờ sổ hồng"),
    fig("Hàng chục nghìn người", "chục", 10000, "count", "người mua nhà", approx="over",
        subject="người mua nhà chưa được cấp giấy chứng nhận", optional=True),
    fig("tại 126 dự án ở", "126", 126, "count", "dự án",
        subject="dự án có người mua nhà chưa được cấp giấy chứng nhận"),
    fig("khoảng 30.600 căn hộ", "30.600", 30600, "count", "căn hộ", approx="about",
        subject="căn hộ, nhà ở chưa được cấp giấy chứng nhận (sổ hồng)", period=FEB),
    fig("tại 126 dự án chưa", "126", 126, "count", "dự án", subject="dự án chưa được cấp sổ hồng", period=FEB),
    fig("81 dự án", "81", 81, "count", "dự án", total=126, subject="dự án vướng nghĩa vụ tài chính của chủ đầu tư",
        period=inh(FEB)),
    fig("45 dự án", "45", 45, "count", "dự án", total=126, subject="dự án vướng quy hoạch hoặc xây sai phép",
        period=inh(FEB)),
    fig("cho 12.870 căn hộ", "12.870", 12870, "count", "căn hộ", subject="căn hộ được cấp sổ", period=YTD),
    fig("của 38 dự án", "38", 38, "count", "dự án", subject="dự án có căn hộ được cấp sổ", period=YTD),
    fig("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", subject="tốc độ cấp sổ", period=Y24),
    fig("khoảng 1.000-1.200", "1.000", 1000, "measure", "căn hộ/tháng", value_max=1200, approx="about",
        subject="căn hộ được cấp sổ bình quân mỗi tháng"),
    fig("ít nhất hai năm", "hai", 2, "measure", "năm", approx="at_least",
        subject="thời gian giải quyết hết số tồn đọng", optional=True),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about",
        subject="tỷ lệ căn hộ tồn đọng thuộc các dự án nhà ở xã hội"),
    fig("trước bạ 0,5%", "0,5", 0.5, "percent", "%", subject="lệ phí trước bạ"),
    fig("25.000 đồng/giấy", "25.000", 25000, "money", "đồng/giấy", subject="lệ phí cấp giấy"),
    fig("ít nhất 15.000 căn hộ", "15.000", 15000, "count", "căn hộ", approx="at_least", status="target",
        subject="căn hộ cấp sổ", period=Y25),
    fig("lập 5 tổ", "5", 5, "count", "tổ công tác", subject="tổ công tác liên ngành"),
]

NOTES = [
    "National newspaper (VnExpress-style): section path, 'Thứ tư, 19/3/2025, 06:00 (GMT+7)' gives published, headline, sapo, byline.",
    "Distractors: 06:00, (GMT+7), 'tháng 2/2025', 'quận 8', 'quận 7', 'block B2', 'năm 2023' as a baseline.",
    "Location TP Hồ Chí Minh throughout (the HoREA figures are the city's).",
    "Headline 'Hơn 30.000 căn hộ' has no period. 'Hàng chục nghìn người mua nhà' (sapo) is a vague number word: optional,",
    "value 10 000, approx over. '126 dự án' stands twice (sapo and body): both are figures.",
    "'Trong số này, 81 dự án ..., 45 dự án ...' → total 126 (81 + 45 = 126); period inherited from 'đến cuối tháng 2/2025'.",
    "'Từ đầu năm 2024 đến nay' ends at the dateline 2025-03-19. 'Tốc độ cấp sổ năm 2024 gấp 2,4 lần năm 2023' is a multiple standing",
    "alone as the claim (kind multiple, no change object), period năm 2024.",
    "'bình quân mỗi tháng có khoảng 1.000-1.200 căn hộ' is a rate: measure 'căn hộ/tháng', range, about.",
    "'phải mất ít nhất hai năm nữa' is a projected duration: optional. 'lệ phí trước bạ 0,5%' and '25.000 đồng/giấy' are standing fees.",
    "'Năm 2025 ... mục tiêu ... ít nhất 15.000 căn hộ' → target, at_least.",
]

if __name__ == "__main__":
    write("p1297-6", TEXT, NOTES, FIGS, published="2025-03-19", location="TP Hồ Chí Minh")
