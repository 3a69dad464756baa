"""p1170-6: national newspaper, apartments in TP Hồ Chí Minh waiting for certificates (sổ hồng)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Dân sinh
Thứ Năm, 18/7/2024, 06:00 (GMT+7)

Hơn 60.000 căn hộ ở TP HCM chờ sổ hồng

Nhiều dự án chung cư đã bàn giao nhà từ 5 đến 7 năm nhưng cư dân vẫn chưa được cấp giấy chứng nhận.

Theo Sở Tài nguyên và Môi trường TP HCM, đến cuối tháng 6, thành phố còn khoảng 61.400 căn hộ thuộc 128 dự án chưa được cấp giấy chứng nhận. Trong đó, 47 dự án vướng nghĩa vụ tài chính của chủ đầu tư, 36 dự án có sai phạm về xây dựng, số còn lại chưa hoàn thiện hồ sơ pháp lý.

6 tháng đầu năm, thành phố đã cấp 14.235 giấy chứng nhận cho người mua nhà tại các dự án, tăng 18% so với cùng kỳ. Riêng TP Thủ Đức cấp 3.960 giấy, chiếm 27,8% toàn thành phố.

Tại chung cư Phúc Yên 2 ở quận Tân Bình, sau gần 8 năm nhận nhà, 412 hộ mới nhận sổ hồng trong tháng 5; còn một block với 96 căn vẫn đang chờ. Ông Lê Văn Quý, Trưởng ban quản trị, cho biết mỗi hộ phải nộp thêm trung bình 18 triệu đồng tiền thuế, lệ phí trước bạ.

Luật Đất đai 2024 có hiệu lực từ ngày 1/8 quy định thời hạn cấp giấy chứng nhận lần đầu không quá 20 ngày làm việc. Sở dự kiến trong quý IV sẽ cấp thêm khoảng 9.000 giấy cho các dự án đã hoàn tất nghĩa vụ tài chính. Trên cả nước, Bộ Xây dựng thống kê còn hơn 200.000 căn hộ thương mại chưa được cấp sổ.

Hữu Công
"""

ASOF = per("đến cuối tháng 6", None, "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
M5 = per("trong tháng 5", "2024-05-01", "2024-05-31")
Q4 = per("trong quý IV", "2024-10-01", "2024-12-31")
TB = "Tân Bình"

FIGS = [
    fig("Hơn 60.000 căn hộ", "60.000", 60000, "count", "căn hộ", approx="over",
        subject="căn hộ chờ sổ hồng"),
    fig("từ 5 đến 7 năm", "5", 5, "measure", "năm", value_max=7,
        subject="thời gian cư dân chờ giấy chứng nhận sau bàn giao nhà", optional=True),
    fig("khoảng 61.400 căn hộ", "61.400", 61400, "count", "căn hộ", approx="about",
        subject="căn hộ chưa được cấp giấy chứng nhận", period=ASOF),
    fig("thuộc 128 dự án", "128", 128, "count", "dự án",
        subject="dự án có căn hộ chưa được cấp giấy chứng nhận", period=ASOF),
    fig("47 dự án", "47", 47, "count", "dự án", total=128,
        subject="dự án vướng nghĩa vụ tài chính của chủ đầu tư", period=inh(ASOF)),
    fig("36 dự án", "36", 36, "count", "dự án", total=128,
        subject="dự án có sai phạm về xây dựng", period=inh(ASOF)),
    fig("cấp 14.235 giấy", "14.235", 14235, "count", "giấy chứng nhận",
        change=chg("increase", 18, "%", "cùng kỳ"),
        subject="giấy chứng nhận cấp cho người mua nhà tại các dự án", period=H1),
    fig("cấp 3.960 giấy", "3.960", 3960, "count", "giấy", percent=27.8,
        subject="giấy chứng nhận cấp cho người mua nhà tại các dự án", period=inh(H1), location="Thủ Đức"),
    fig("gần 8 năm", "8", 8, "measure", "năm", approx="nearly",
        subject="thời gian chờ sổ hồng sau nhận nhà", location=TB, optional=True),
    fig("412 hộ", "412", 412, "count", "hộ", subject="hộ nhận sổ hồng tại chung cư Phúc Yên 2",
        period=M5, location=TB),
    fig("một block", "một", 1, "count", "block", subject="block chưa được cấp sổ hồng", location=TB),
    fig("96 căn", "96", 96, "count", "căn", subject="căn hộ vẫn đang chờ sổ hồng", location=TB),
    fig("trung bình 18 triệu", "18", 18e6, "money", "đồng/hộ",
        subject="tiền thuế, lệ phí trước bạ mỗi hộ phải nộp thêm", location=TB),
    fig("không quá 20 ngày", "20", 20, "measure", "ngày làm việc", approx="at_most",
        subject="thời hạn cấp giấy chứng nhận lần đầu", location="Việt Nam"),
    fig("khoảng 9.000 giấy", "9.000", 9000, "count", "giấy", approx="about", status="forecast",
        subject="giấy chứng nhận cấp thêm cho các dự án đã hoàn tất nghĩa vụ tài chính", period=Q4),
    fig("hơn 200.000 căn hộ", "200.000", 200000, "count", "căn hộ", approx="over",
        subject="căn hộ thương mại chưa được cấp sổ", location="Việt Nam"),
]

NOTES = [
    "National newspaper style: 'Thứ Năm, 18/7/2024, 06:00 (GMT+7)', byline 'Hữu Công' at the end. Default location TP Hồ Chí Minh.",
    "Distractors: 06:00, '(GMT+7)', 'Phúc Yên 2' (a building's name), 'Luật Đất đai 2024', 'ngày 1/8'.",
    "Waiting times 'từ 5 đến 7 năm', 'gần 8 năm' are optional (duration facts, readers differ).",
    "'Trong đó, 47 dự án ..., 36 dự án' after a sentence break: total 128. 'Riêng TP Thủ Đức ... chiếm 27,8%': percent, no total (riêng).",
    "Chung cư passage in quận Tân Bình: location Tân Bình for its figures, across the two sentences. 'một block' = 1 (number word).",
    "'không quá 20 ngày' is the national law's deadline (Việt Nam); 'Trên cả nước ... hơn 200.000 căn hộ' is Việt Nam.",
]

if __name__ == "__main__":
    write("p1170-6", TEXT, NOTES, FIGS, published="2024-07-18", location="TP Hồ Chí Minh")
