"""p1082-1: province portal, Nghệ An, H1/2024 agricultural insurance under QĐ 13/2022."""
from lib import F, build, period, inherit, change, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Nghệ An: Hơn 15.000 hộ tham gia bảo hiểm nông nghiệp được hỗ trợ phí
Cập nhật: 14/08/2024 09:20 | Lượt xem: 1.256

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh có 15.326 hộ tham gia bảo hiểm nông nghiệp theo Quyết định số 13/2022/QĐ-TTg của Thủ tướng Chính phủ, tăng 28,4% so với cùng kỳ năm 2023. Trong đó, hộ nghèo, hộ cận nghèo là 9.874 hộ, chiếm 64,4%; hộ sản xuất khác là 5.452 hộ.

Diện tích lúa được bảo hiểm đạt 4.812,5 ha, tập trung tại các huyện Yên Thành (1.920 ha), Diễn Châu (1.405 ha) và Quỳnh Lưu (987,5 ha). Đàn vật nuôi được bảo hiểm gồm 6.240 con trâu, bò và 18.650 con lợn.

Tổng phí bảo hiểm đạt 21,36 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 16,85 tỷ đồng, chiếm 78,9%; các hộ tự đóng 4,51 tỷ đồng. Theo Nghị định số 58/2018/NĐ-CP, hộ nghèo, hộ cận nghèo trên địa bàn tỉnh được hỗ trợ 90% phí bảo hiểm, hộ mới thoát nghèo được hỗ trợ 70%, hộ sản xuất khác được hỗ trợ 20%.

Từ đầu năm đến nay, các doanh nghiệp bảo hiểm đã bồi thường cho 412 hộ bị thiệt hại với số tiền hơn 1,93 tỷ đồng, gấp 1,6 lần cùng kỳ, chủ yếu do dịch tả lợn châu Phi và rét đậm, rét hại đầu năm. Tỷ lệ bồi thường trên phí bảo hiểm khoảng 9%.

Năm 2024, tỉnh phấn đấu có 20.000 hộ tham gia bảo hiểm nông nghiệp, diện tích lúa được bảo hiểm đạt 7.000 ha. Hiện Bảo Việt Nghệ An và PTI Nghệ An (số 27 Lê Hồng Phong, TP Vinh) là các đơn vị triển khai chính. Người dân có nhu cầu liên hệ đường dây nóng 0238.3844.215 để được hướng dẫn.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 15.000 hộ", "15.000", 15000, "count", "hộ", "hộ tham gia bảo hiểm nông nghiệp được hỗ trợ phí", approx="over"),
    F("có 15.326 hộ", "15.326", 15326, "count", "hộ", "hộ tham gia bảo hiểm nông nghiệp",
      change=change("increase", 28.4, "%", "cùng kỳ năm 2023"), period=H1),
    F("là 9.874 hộ", "9.874", 9874, "count", "hộ", "hộ nghèo, hộ cận nghèo tham gia bảo hiểm nông nghiệp",
      total=15326, percent=64.4, period=inherit(H1)),
    F("là 5.452 hộ", "5.452", 5452, "count", "hộ", "hộ sản xuất khác tham gia bảo hiểm nông nghiệp",
      total=15326, period=inherit(H1)),
    F("đạt 4.812,5 ha", "4.812,5", 4812.5, "measure", "ha", "diện tích lúa được bảo hiểm", period=inherit(H1)),
    F("Yên Thành (1.920 ha)", "1.920", 1920, "measure", "ha", "diện tích lúa được bảo hiểm",
      location="Yên Thành", period=inherit(H1)),
    F("Diễn Châu (1.405 ha)", "1.405", 1405, "measure", "ha", "diện tích lúa được bảo hiểm",
      location="Diễn Châu", period=inherit(H1)),
    F("Quỳnh Lưu (987,5 ha)", "987,5", 987.5, "measure", "ha", "diện tích lúa được bảo hiểm",
      location="Quỳnh Lưu", period=inherit(H1)),
    F("6.240 con trâu, bò", "6.240", 6240, "count", "con", "trâu, bò được bảo hiểm", period=inherit(H1)),
    F("18.650 con lợn", "18.650", 18650, "count", "con", "lợn được bảo hiểm", period=inherit(H1)),
    F("đạt 21,36 tỷ đồng", "21,36", 21.36e9, "money", "đồng", "tổng phí bảo hiểm", period=inherit(H1)),
    F("hỗ trợ 16,85 tỷ đồng", "16,85", 16.85e9, "money", "đồng", "ngân sách nhà nước hỗ trợ phí bảo hiểm",
      total=21.36e9, percent=78.9, period=inherit(H1)),
    F("đóng 4,51 tỷ đồng", "4,51", 4.51e9, "money", "đồng", "phí bảo hiểm các hộ tự đóng",
      total=21.36e9, period=inherit(H1)),
    F("hỗ trợ 90% phí", "90", 90, "percent", "%", "mức hỗ trợ phí bảo hiểm cho hộ nghèo, hộ cận nghèo"),
    F("hỗ trợ 70%", "70", 70, "percent", "%", "mức hỗ trợ phí bảo hiểm cho hộ mới thoát nghèo"),
    F("hỗ trợ 20%", "20", 20, "percent", "%", "mức hỗ trợ phí bảo hiểm cho hộ sản xuất khác"),
    F("cho 412 hộ", "412", 412, "count", "hộ", "hộ bị thiệt hại được bồi thường", period=YTD),
    F("hơn 1,93 tỷ đồng", "1,93", 1.93e9, "money", "đồng", "số tiền bồi thường", approx="over",
      change=change("increase", 1.6, "lần", "cùng kỳ"), period=YTD),
    F("khoảng 9%", "9", 9, "percent", "%", "tỷ lệ bồi thường trên phí bảo hiểm", approx="about", period=inherit(YTD)),
    F("có 20.000 hộ", "20.000", 20000, "count", "hộ", "hộ tham gia bảo hiểm nông nghiệp", status="target", period=Y24),
    F("đạt 7.000 ha", "7.000", 7000, "measure", "ha", "diện tích lúa được bảo hiểm", status="target", period=Y24),
]

build("p1082-1", TEXT, FIGS, published="2024-08-14", location="Nghệ An", comments=[
    "Province portal (Nghệ An): H1/2024 agricultural insurance under QĐ 13/2022/QĐ-TTg; breadcrumb, Cập nhật | Lượt xem.",
    "Headline 'Hơn 15.000 hộ' has no period phrase. Trong đó parts get total 15.326 (after a sentence break).",
    "District list after 'tập trung tại' does not add up to 4.812,5 ha (4.312,5): no total. 'gấp 1,6 lần cùng kỳ' after the claim amount is its change (lần).",
    "Support rates 90/70/20% are figures of their own (no base amount); stated for the province ('trên địa bàn tỉnh').",
    "Distractors: Lượt xem 1.256, QĐ 13/2022/QĐ-TTg, NĐ 58/2018/NĐ-CP, số 27 Lê Hồng Phong, hotline 0238.3844.215, 09:20.",
])
