"""p604-8: city portal (Cần Thơ) — stations open over Tết, Tết sales, prices, LPG stock, 2024 network targets."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng thông tin điện tử thành phố Cần Thơ
Tin tức > Kinh tế
Cần Thơ: 198/203 cửa hàng xăng dầu bán hàng xuyên Tết
Ngày cập nhật 16/02/2024 10:20

Theo Sở Công Thương, trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ 8/2 đến 14/2/2024), 198/203 cửa hàng xăng dầu trên địa bàn thành phố mở cửa bán hàng, đạt 97,5%; 5 cửa hàng tạm nghỉ đều có thông báo trước và niêm yết địa điểm bán gần nhất.

Sản lượng xăng dầu bán ra dịp Tết đạt khoảng 9.850 m³, tăng 12,4% so với ngày thường, trong đó xăng khoảng 6.010 m³. Các quận Ninh Kiều, Cái Răng và Bình Thủy có lượng bán tăng mạnh nhất, lần lượt tăng 18,2%, 15,7% và 13,9%. Trong những ngày cao điểm, các cửa hàng dọc Quốc lộ 91 và Quốc lộ 1 bố trí thêm khoảng 120 nhân viên bán hàng.

Giá bán lẻ xăng E5 RON 92 tại các cửa hàng ở mức 22.650 đồng/lít, xăng RON 95-III là 23.980 đồng/lít theo kỳ điều hành ngày 8/2/2024. Cửa hàng xăng dầu số 1 trên đường 30 Tháng 4, quận Ninh Kiều bán được trên 14.000 lít/ngày, cao nhất thành phố.

Đối với LPG, 3 doanh nghiệp chiết nạp trên địa bàn dự trữ hơn 1.200 tấn, đáp ứng nhu cầu khoảng 25 ngày.

Năm 2024, thành phố phấn đấu phát triển mới 12 cửa hàng xăng dầu, nâng tổng số lên 215 cửa hàng, trong đó ít nhất 30 cửa hàng có trụ sạc xe điện.

Đường dây nóng Sở Công Thương: 0292.3820.427.
"""

TET = P("từ 8/2 đến 14/2/2024", "2024-02-08", "2024-02-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Cần Thơ: 198/203", "198", 198, "count", "cửa hàng", "cửa hàng xăng dầu bán hàng xuyên Tết",
      INH(TET), total=203),
    F("2024), 198/203", "198", 198, "count", "cửa hàng", "cửa hàng xăng dầu mở cửa bán hàng", TET,
      total=203, percent=97.5),
    F("; 5 cửa hàng", "5", 5, "count", "cửa hàng", "cửa hàng tạm nghỉ", TET),
    F("khoảng 9.850 m³", "9.850", 9850, "measure", "m³", "sản lượng xăng dầu bán ra dịp Tết", INH(TET),
      approx="about", change=CH("increase", 12.4, "%", "ngày thường")),
    F("khoảng 6.010 m³", "6.010", 6010, "measure", "m³", "xăng bán ra dịp Tết", INH(TET),
      approx="about", total=9850),
    F("tăng 18,2%", "18,2", 18.2, "percent", "%", "lượng xăng dầu bán tăng", INH(TET), location="Ninh Kiều"),
    F("15,7%", "15,7", 15.7, "percent", "%", "lượng xăng dầu bán tăng", INH(TET), location="Cái Răng"),
    F("13,9%", "13,9", 13.9, "percent", "%", "lượng xăng dầu bán tăng", INH(TET), location="Bình Thủy"),
    F("khoảng 120 nhân viên", "120", 120, "count", "nhân viên", "nhân viên bán hàng bố trí thêm", approx="about"),
    F("mức 22.650 đồng/lít", "22.650", 22650, "money", "đồng/lít", "giá bán lẻ xăng E5 RON 92"),
    F("là 23.980 đồng/lít", "23.980", 23980, "money", "đồng/lít", "giá bán lẻ xăng RON 95-III"),
    F("trên 14.000 lít/ngày", "14.000", 14000, "measure", "lít/ngày", "lượng bán của cửa hàng xăng dầu số 1",
      approx="over", location="Ninh Kiều"),
    F("3 doanh nghiệp chiết nạp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chiết nạp LPG"),
    F("hơn 1.200 tấn", "1.200", 1200, "measure", "tấn", "lượng LPG dự trữ", approx="over"),
    F("khoảng 25 ngày", "25", 25, "measure", "ngày", "lượng LPG dự trữ đáp ứng nhu cầu", approx="about"),
    F("mới 12 cửa hàng", "12", 12, "count", "cửa hàng", "cửa hàng xăng dầu phát triển mới", Y24, status="target"),
    F("lên 215 cửa hàng", "215", 215, "count", "cửa hàng", "tổng số cửa hàng xăng dầu", Y24, status="target"),
    F("ít nhất 30 cửa hàng", "30", 30, "count", "cửa hàng", "cửa hàng có trụ sạc xe điện", Y24,
      approx="at_least", total=215, status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Cần Thơ (city portal), 'Ngày cập nhật 16/02/2024 10:20': xăng dầu dịp Tết Nguyên đán Giáp Thìn 2024.",
    "'7 ngày nghỉ Tết' (a duration locating the claim), 'ngày 8/2/2024', 'Cửa hàng xăng dầu số 1', 'đường 30 Tháng 4', 'Quốc lộ 91', 'RON 92/95-III',",
    "the hotline are not figures. 198/203 → total 203 (headline and body); the 5 closed shops have no part-of cue: no total.",
    "'lần lượt tăng 18,2%, 15,7% và 13,9%': growth rates as the claim, districts in location, no change object.",
    "Prices 'theo kỳ điều hành ngày 8/2/2024' get no period (a date that only dates the price). 'ít nhất' → at_least; 'trong đó' → total 215.",
]

if __name__ == "__main__":
    emit("p604-8", TEXT, COMMENTS, FIGS, published="2024-02-16", location="Cần Thơ")
