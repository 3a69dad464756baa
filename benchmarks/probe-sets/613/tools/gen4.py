import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Tin hoạt động ngành
09/01/2024 08:30

Năm 2023, ngành Hải quan thu ngân sách hơn 362 nghìn tỷ đồng

Ngày 8/1, Tổng cục Hải quan tổ chức Hội nghị triển khai nhiệm vụ năm 2024. Báo cáo tại hội nghị cho biết, năm 2023 tổng thu ngân sách nhà nước từ hoạt động xuất nhập khẩu đạt 362.731 tỷ đồng, bằng 86,4% dự toán, giảm 13,7% so với năm 2022.

Các đơn vị có số thu lớn nhất lần lượt là Cục Hải quan TP. Hồ Chí Minh (108.420 tỷ đồng), Hải Phòng (61.350 tỷ đồng), Bà Rịa - Vũng Tàu (47.280 tỷ đồng); Cục Hải quan Quảng Ninh đứng thứ 4 với 18.905 tỷ đồng.

Toàn ngành đã tiếp nhận, xử lý hơn 16,6 triệu tờ khai, tăng 1,2% so với năm 2022; tỷ lệ tờ khai luồng xanh đạt 58,7%. Thời gian giải phóng hàng nhập khẩu bình quân là 55,3 giờ, giảm 7,6 giờ so với lần đo năm 2021; hàng xuất khẩu là 8,5 giờ.

Cơ chế một cửa quốc gia đã kết nối 13 bộ, ngành với 250 thủ tục hành chính và hơn 67.000 doanh nghiệp tham gia. Tỷ lệ nộp thuế điện tử đạt 99,8% tổng số thu.

Về chống buôn lậu, năm 2023 toàn ngành phát hiện, bắt giữ 18.432 vụ vi phạm, khởi tố 152 vụ án, trong đó 96 vụ án về ma túy; trị giá hàng vi phạm ước tính 12.560 tỷ đồng.

Năm 2024, ngành Hải quan được giao dự toán thu 375.000 tỷ đồng; phấn đấu đến năm 2025 có 100% thủ tục hải quan được thực hiện trên môi trường số, theo Luật Hải quan số 54/2014/QH13 và Quyết định số 2069/QĐ-BTC.

Tổng cục Hải quan - Số 9 Dương Đình Nghệ, Cầu Giấy, Hà Nội. Đường dây nóng: 1900 9299.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23h = per("Năm 2023", "2023-01-01", "2023-12-31")
HCM, HP, VT, QN = "Thành phố Hồ Chí Minh", "Hải Phòng", "Bà Rịa - Vũng Tàu", "Quảng Ninh"

FIGS = [
    fig("hơn 362 nghìn tỷ", "362", 362e12, "money", "đồng", "thu ngân sách ngành Hải quan", Y23h, approx="over"),
    fig("đạt 362.731 tỷ đồng", "362.731", 362731e9, "money", "đồng", "tổng thu ngân sách nhà nước từ hoạt động xuất nhập khẩu", Y23,
        percent=86.4, change=chg("decrease", 13.7, baseline="năm 2022")),
    fig("(108.420 tỷ đồng)", "108.420", 108420e9, "money", "đồng", "số thu", inh(Y23), location=HCM),
    fig("(61.350 tỷ đồng)", "61.350", 61350e9, "money", "đồng", "số thu", inh(Y23), location=HP),
    fig("(47.280 tỷ đồng)", "47.280", 47280e9, "money", "đồng", "số thu", inh(Y23), location=VT),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", "số thu", inh(Y23), location=QN),
    fig("với 18.905 tỷ đồng", "18.905", 18905e9, "money", "đồng", "số thu", inh(Y23), location=QN),
    fig("hơn 16,6 triệu tờ khai", "16,6", 16.6e6, "count", "tờ khai", "tờ khai tiếp nhận, xử lý", inh(Y23), approx="over",
        change=chg("increase", 1.2, baseline="năm 2022")),
    fig("đạt 58,7%", "58,7", 58.7, "percent", "%", "tỷ lệ tờ khai luồng xanh", inh(Y23)),
    fig("là 55,3 giờ", "55,3", 55.3, "measure", "giờ", "thời gian giải phóng hàng nhập khẩu bình quân", inh(Y23),
        change=chg("decrease", 7.6, "giờ", baseline="lần đo năm 2021")),
    fig("là 8,5 giờ", "8,5", 8.5, "measure", "giờ", "thời gian giải phóng hàng xuất khẩu", inh(Y23)),
    fig("kết nối 13 bộ", "13", 13, "count", "bộ, ngành", "bộ, ngành kết nối Cơ chế một cửa quốc gia"),
    fig("250 thủ tục", "250", 250, "count", "thủ tục hành chính", "thủ tục hành chính kết nối Cơ chế một cửa quốc gia"),
    fig("hơn 67.000 doanh nghiệp", "67.000", 67000, "count", "doanh nghiệp", "doanh nghiệp tham gia Cơ chế một cửa quốc gia",
        approx="over"),
    fig("đạt 99,8%", "99,8", 99.8, "percent", "%", "tỷ lệ nộp thuế điện tử", inh(Y23)),
    fig("bắt giữ 18.432 vụ", "18.432", 18432, "count", "vụ", "vụ vi phạm phát hiện, bắt giữ", Y23),
    fig("khởi tố 152 vụ án", "152", 152, "count", "vụ án", "vụ án khởi tố", Y23),
    fig("96 vụ án", "96", 96, "count", "vụ án", "vụ án về ma túy khởi tố", Y23, total=152),
    fig("ước tính 12.560 tỷ đồng", "12.560", 12560e9, "money", "đồng", "trị giá hàng vi phạm", Y23, status="estimate"),
    fig("thu 375.000 tỷ đồng", "375.000", 375000e9, "money", "đồng", "dự toán thu ngành Hải quan",
        per("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("có 100% thủ tục", "100", 100, "percent", "%", "thủ tục hải quan được thực hiện trên môi trường số",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "revised after the first run: subjects trimmed to the words of the figure's own sentence (FIGURES.md 'as the sentence names it'); see REPORT.md.",
    "Ministry site (Bộ Tài chính portal): national customs results 2023 — revenue, top units by revenue, declarations, green lane, release time,",
    "national single window, e-tax, smuggling, 2024 budget and 2025 target. Location Việt Nam; the customs departments named after a province",
    "(Cục Hải quan TP. Hồ Chí Minh, Hải Phòng, Bà Rịa - Vũng Tàu, Quảng Ninh) give their province as location, subject the list's indicator 'số thu'.",
    "'hơn 362 nghìn tỷ' = 362·10^12. 'đứng thứ 4' is a rank figure. 'trong đó 96 vụ án' is part of 152 vụ án.",
    "'dự toán thu 375.000 tỷ đồng' is a plan: status target. 'đến năm 2025' target: start null, end 2025-12-31.",
    "Distractors: dateline, 'Ngày 8/1', 'nhiệm vụ năm 2024', Luật Hải quan số 54/2014/QH13, Quyết định số 2069/QĐ-BTC, Số 9 Dương Đình Nghệ, 1900 9299.",
]

if __name__ == "__main__":
    emit("p613-4", TEXT, COMMENTS, FIGS, published="2024-01-09", location="Việt Nam")
