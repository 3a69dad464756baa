import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Kinh doanh › Vĩ mô
Thứ tư, 15/1/2025, 06:30 (GMT+7)

Hải quan Hải Phòng thu ngân sách kỷ lục gần 69.000 tỷ đồng

Số thu của Cục Hải quan Hải Phòng năm 2024 đạt 68.950 tỷ đồng, vượt 6,1% dự toán và chiếm khoảng 16% tổng thu của toàn ngành.

Theo Cục Hải quan Hải Phòng, năm qua khoảng 11.500 doanh nghiệp đã làm thủ tục tại đơn vị với hơn 2,3 triệu tờ khai, tăng 14% so với năm 2023. Kim ngạch xuất nhập khẩu qua cảng Hải Phòng đạt 103,5 tỷ USD, đứng thứ hai cả nước sau TP HCM.

Kết quả đo thời gian giải phóng hàng cho thấy hàng nhập khẩu tại các cảng biển Hải Phòng mất bình quân 52,6 giờ, giảm gần 10 giờ so với lần đo năm 2022; hàng xuất khẩu chỉ mất 6,9 giờ. Hiện Hệ thống quản lý hải quan tự động tại cảng, kho, bãi (VASSCM) đã triển khai tại 41 cảng, kho, bãi, trong đó có bến số 3 và số 4 cảng Lạch Huyện; 99,7% doanh nghiệp nộp thuế qua ngân hàng điện tử.

Cũng trong năm, Cục phát hiện 285 vụ vi phạm, trong đó 12 vụ vận chuyển ma túy với tổng số 1,3 tấn ma túy các loại. Lượng ma túy thu giữ gấp 3 lần năm 2023.

Theo Tổng cục Hải quan, thu ngân sách từ hoạt động xuất nhập khẩu cả nước năm 2024 đạt khoảng 430.000 tỷ đồng, vượt 13,6% dự toán.

Năm 2025, Hải quan Hải Phòng dự kiến thu 75.000 tỷ đồng, tăng 8,8% so với thực hiện năm 2024.

Lê Tân
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 69.000 tỷ đồng", "69.000", 69000e9, "money", "đồng", "thu ngân sách Hải quan Hải Phòng", inh(Y24), approx="nearly"),
    fig("đạt 68.950 tỷ đồng", "68.950", 68950e9, "money", "đồng", "số thu của Cục Hải quan Hải Phòng", Y24,
        percent=16, change=chg("increase", 6.1, baseline="dự toán")),
    fig("khoảng 11.500 doanh nghiệp", "11.500", 11500, "count", "doanh nghiệp", "doanh nghiệp làm thủ tục tại đơn vị",
        per("năm qua", "2024-01-01", "2024-12-31"), approx="about"),
    fig("hơn 2,3 triệu tờ khai", "2,3", 2.3e6, "count", "tờ khai", "tờ khai làm thủ tục", per("năm qua", "2024-01-01", "2024-12-31"),
        approx="over", change=chg("increase", 14, baseline="năm 2023")),
    fig("đạt 103,5 tỷ USD", "103,5", 103.5e9, "money", "USD", "kim ngạch xuất nhập khẩu qua cảng Hải Phòng", inh(Y24)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", "kim ngạch xuất nhập khẩu qua cảng", inh(Y24)),
    fig("bình quân 52,6 giờ", "52,6", 52.6, "measure", "giờ", "thời gian giải phóng hàng nhập khẩu tại các cảng biển Hải Phòng",
        change=chg("decrease", 10, "giờ", baseline="lần đo năm 2022", approx="nearly")),
    fig("mất 6,9 giờ", "6,9", 6.9, "measure", "giờ", "thời gian giải phóng hàng xuất khẩu"),
    fig("tại 41 cảng", "41", 41, "count", "cảng, kho, bãi", "cảng, kho, bãi triển khai Hệ thống quản lý hải quan tự động (VASSCM)"),
    fig("99,7% doanh nghiệp", "99,7", 99.7, "percent", "%", "doanh nghiệp nộp thuế qua ngân hàng điện tử"),
    fig("phát hiện 285 vụ", "285", 285, "count", "vụ", "vụ vi phạm phát hiện", per("trong năm", "2024-01-01", "2024-12-31")),
    fig("12 vụ", "12", 12, "count", "vụ", "vụ vận chuyển ma túy", per("trong năm", "2024-01-01", "2024-12-31"), total=285),
    fig("1,3 tấn", "1,3", 1.3, "measure", "tấn", "ma túy các loại", per("trong năm", "2024-01-01", "2024-12-31")),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", "lượng ma túy thu giữ so với năm 2023"),
    fig("khoảng 430.000 tỷ đồng", "430.000", 430000e9, "money", "đồng", "thu ngân sách từ hoạt động xuất nhập khẩu cả nước", Y24,
        approx="about", change=chg("increase", 13.6, baseline="dự toán"), location="Việt Nam"),
    fig("thu 75.000 tỷ đồng", "75.000", 75000e9, "money", "đồng", "Hải quan Hải Phòng thu",
        per("Năm 2025", "2025-01-01", "2025-12-31"), change=chg("increase", 8.8, baseline="thực hiện năm 2024"), status="forecast"),
]

COMMENTS = [
    "revised after the first run: subjects trimmed to the words of the figure's own sentence (FIGURES.md 'as the sentence names it'); see REPORT.md.",
    "National press (VnExpress style, 'Thứ tư, 15/1/2025, 06:30 (GMT+7)', byline at the end): Hải Phòng customs 2024 — revenue, declarations,",
    "turnover, release time, VASSCM, e-tax, seizures; one national figure (location Việt Nam); 2025 forecast.",
    "'vượt 6,1% dự toán' = change vs plan, 'chiếm khoảng 16%' = percent (approx of the share is not scored). 'năm qua' = 2024 (year of the nearest",
    "earlier period). 'đứng thứ hai cả nước' is a rank (location Hải Phòng). 'Lượng ma túy thu giữ gấp 3 lần năm 2023' stands alone: multiple.",
    "'Hiện ...' sentences and the release-time sentence have no period (unscored).",
    "Distractors: (GMT+7), bến số 3 và số 4 cảng Lạch Huyện, TP HCM in 'sau TP HCM'.",
]

if __name__ == "__main__":
    emit("p613-6", TEXT, COMMENTS, FIGS, published="2025-01-15", location="Hải Phòng")
