"""p1346-1: province portal (Hà Nội): water quality of inner-city lakes, 6 months 2024; algal bloom at hồ Bảy Mẫu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Giao tiếp điện tử Hà Nội
Trang chủ > Tin tức > Đô thị - Môi trường

Hà Nội: 42 hồ nội thành có dấu hiệu ô nhiễm hữu cơ

Cập nhật: 18/07/2024 09:45 | Lượt xem: 3.582

Theo báo cáo của Sở Xây dựng, 6 tháng đầu năm 2024, Công ty TNHH MTV Thoát nước Hà Nội đã quan trắc chất lượng nước tại 137 hồ điều hòa, hồ cảnh quan trên địa bàn 12 quận. Kết quả cho thấy 42 hồ có dấu hiệu ô nhiễm hữu cơ, chiếm 30,7% số hồ được quan trắc, giảm 6 hồ so với cùng kỳ năm 2023; trong đó 11 hồ ô nhiễm nặng, hàm lượng COD vượt quy chuẩn QCVN 08:2023/BTNMT từ 2 đến 3 lần.

Tại hồ Bảy Mẫu (quận Hai Bà Trưng), hiện tượng tảo nở hoa xuất hiện từ cuối tháng 5, mật độ tảo lam đo được khoảng 85.000 tế bào/ml. Đơn vị quản lý đã thả hơn 1,2 tấn chế phẩm sinh học, vớt khoảng 3 tấn tảo và rác nổi; gần hai chục công nhân túc trực hằng ngày.

Từ đầu năm đến nay, thành phố đã giải ngân 41,3 tỷ đồng cho công tác duy trì, vệ sinh mặt nước hồ, đạt 42,8% kế hoạch vốn năm. Cả năm 2024, kinh phí dự kiến khoảng 96,5 tỷ đồng, tăng 8,2% so với năm 2023.

Sở Xây dựng đề nghị các quận phấn đấu đến năm 2025 xử lý dứt điểm ô nhiễm tại ít nhất 20 hồ và lắp thêm 35 máy sục khí, nâng tổng số máy sục khí tại các hồ lên 150 máy.

Người dân phản ánh về ô nhiễm hồ có thể gọi đường dây nóng 024.3825.1234.

Tin liên quan:
- Khởi công cải tạo hồ điều hòa Phương Liệt giai đoạn 2
- Ra quân "Ngày Chủ nhật xanh" lần thứ 3 tại quận Đống Đa
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HBT = "Hai Bà Trưng"

FIGS = [
    fig("Hà Nội: 42 hồ", "42", 42, "count", "hồ", subject="hồ nội thành có dấu hiệu ô nhiễm hữu cơ"),
    fig("tại 137 hồ", "137", 137, "count", "hồ", subject="hồ điều hòa, hồ cảnh quan được quan trắc chất lượng nước",
        period=H1),
    fig("địa bàn 12 quận", "12", 12, "count", "quận", subject="quận có hồ được quan trắc", period=H1),
    fig("cho thấy 42 hồ", "42", 42, "count", "hồ", percent=30.7,
        change=chg("decrease", 6, "hồ", "cùng kỳ năm 2023"),
        subject="hồ có dấu hiệu ô nhiễm hữu cơ", period=inh(H1)),
    fig("trong đó 11 hồ", "11", 11, "count", "hồ", total=42, subject="hồ ô nhiễm nặng", period=inh(H1)),
    fig("từ 2 đến 3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="hàm lượng COD vượt quy chuẩn", period=inh(H1)),
    fig("khoảng 85.000 tế bào", "85.000", 85000, "measure", "tế bào/ml", approx="about",
        subject="mật độ tảo lam", location=HBT),
    fig("hơn 1,2 tấn", "1,2", 1.2, "measure", "tấn", approx="over",
        subject="chế phẩm sinh học đã thả", location=HBT),
    fig("khoảng 3 tấn", "3", 3, "measure", "tấn", approx="about", subject="tảo và rác nổi đã vớt", location=HBT),
    fig("gần hai chục công nhân", "hai chục", 20, "count", "công nhân", approx="nearly",
        subject="công nhân túc trực hằng ngày", location=HBT),
    fig("giải ngân 41,3 tỷ", "41,3", 41.3e9, "money", "đồng", percent=42.8,
        subject="vốn giải ngân cho công tác duy trì, vệ sinh mặt nước hồ", period=YTD),
    fig("khoảng 96,5 tỷ", "96,5", 96.5e9, "money", "đồng", approx="about", status="forecast",
        change=chg("increase", 8.2, "%", "năm 2023"),
        subject="kinh phí duy trì, vệ sinh mặt nước hồ", period=Y24),
    fig("ít nhất 20 hồ", "20", 20, "count", "hồ", approx="at_least", status="target",
        subject="hồ xử lý dứt điểm ô nhiễm", period=T25),
    fig("thêm 35 máy", "35", 35, "count", "máy sục khí", status="target", subject="máy sục khí lắp thêm", period=T25),
    fig("lên 150 máy", "150", 150, "count", "máy", status="target", subject="tổng số máy sục khí tại các hồ",
        period=T25),
]

NOTES = [
    "Province portal (Hà Nội): lake water quality, 6 months 2024; 'Cập nhật: 18/07/2024 09:45 | Lượt xem: 3.582'.",
    "Distractors: 09:45, Lượt xem 3.582, QCVN 08:2023/BTNMT, hồ Bảy Mẫu (number word in a name), cuối tháng 5,",
    "  hotline 024.3825.1234, 'giai đoạn 2', 'lần thứ 3', baseline 'năm 2023'.",
    "42 hồ 'chiếm 30,7% số hồ được quan trắc': percent attribute, no total (no a/b, trong số or trong đó cue).",
    "'COD vượt quy chuẩn ... từ 2 đến 3 lần' has no base amount: a multiple figure of its own (range).",
    "hồ Bảy Mẫu passage: location Hai Bà Trưng; no period ('từ cuối tháng 5' dates the bloom, not the amounts).",
    "'phấn đấu đến năm 2025' governs both clauses (target); 'lắp thêm 35 ... nâng tổng số lên 150': no total cue.",
]

if __name__ == "__main__":
    write("p1346-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Hà Nội")
