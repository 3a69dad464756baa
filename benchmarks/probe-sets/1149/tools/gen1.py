"""p1149-1: Lào Cai province portal, cold-water fish output in the first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Lào Cai: Sản lượng cá nước lạnh 6 tháng đạt gần 600 tấn

Cập nhật: 12/07/2024 08:15 | Lượt xem: 2.347

(laocai.gov.vn) - 6 tháng đầu năm 2024, sản lượng cá nước lạnh thu hoạch trên địa bàn tỉnh Lào Cai đạt 586 tấn, bằng 52,3% kế hoạch năm, tăng 8,6% so với cùng kỳ năm 2023. Trong đó, cá hồi vân 342 tấn, cá tầm 231 tấn, còn lại là cá hồi chấm và một số loài khác.

Toàn tỉnh hiện có 68 cơ sở nuôi cá nước lạnh với tổng thể tích bể nuôi khoảng 41.500 m3, tập trung chủ yếu tại thị xã Sa Pa (39 cơ sở), huyện Bát Xát (14 cơ sở) và huyện Văn Bàn (9 cơ sở). Nguồn nước được dẫn từ các khe suối đầu nguồn, nhiệt độ nước quanh năm từ 12 đến 18 độ C, phù hợp với đặc tính sinh học của cá hồi, cá tầm.

Giá cá hồi thương phẩm bán tại cơ sở dao động từ 220.000 đến 250.000 đồng/kg, cá tầm từ 180.000 đến 200.000 đồng/kg. Giá trị sản xuất 6 tháng ước đạt 136,8 tỷ đồng. Nghề nuôi cá nước lạnh hiện tạo việc làm thường xuyên cho hơn 450 lao động, thu nhập bình quân 7,5 triệu đồng/người/tháng.

Tại xã Tả Van (thị xã Sa Pa), Hợp tác xã Thủy sản Tả Van đang duy trì 24 bể nuôi với tổng thể tích 1.800 m3. Trong 6 tháng, hợp tác xã xuất bán 38 tấn cá hồi, doanh thu gần 9 tỷ đồng, lợi nhuận khoảng 2,1 tỷ đồng.

Năm 2024, tỉnh phấn đấu sản lượng cá nước lạnh đạt 1.120 tấn; thả nuôi 350.000 con giống, trong đó ít nhất 60% là giống cá tầm sản xuất trong nước.

Đường dây nóng hỗ trợ kỹ thuật thủy sản: 0214.3840.115
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_HEAD = P("6 tháng", "2024-01-01", "2024-06-30")
H1_SHORT = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CS = "cơ sở nuôi cá nước lạnh"
HTX = "Hợp tác xã Thủy sản Tả Van"

FIGS = [
    F("đạt gần 600 tấn", "600", 600, "measure", "tấn", approx="nearly",
      subject="sản lượng cá nước lạnh", period=H1_HEAD),
    F("đạt 586 tấn", "586", 586, "measure", "tấn", percent=52.3,
      change=C("increase", 8.6, "%", "cùng kỳ năm 2023"),
      subject="sản lượng cá nước lạnh thu hoạch", period=H1),
    F("cá hồi vân 342 tấn", "342", 342, "measure", "tấn", total=586,
      subject="sản lượng cá hồi vân", period=I(H1)),
    F("cá tầm 231 tấn", "231", 231, "measure", "tấn", total=586,
      subject="sản lượng cá tầm", period=I(H1)),
    F("hiện có 68 cơ sở", "68", 68, "count", "cơ sở", subject=CS),
    F("khoảng 41.500 m3", "41.500", 41500, "measure", "m3", approx="about",
      subject="tổng thể tích bể nuôi"),
    F("Sa Pa (39 cơ sở)", "39", 39, "count", "cơ sở", subject=CS, location="Sa Pa"),
    F("Bát Xát (14 cơ sở)", "14", 14, "count", "cơ sở", subject=CS, location="Bát Xát"),
    F("Văn Bàn (9 cơ sở)", "9", 9, "count", "cơ sở", subject=CS, location="Văn Bàn"),
    F("từ 12 đến 18 độ C", "12", 12, "measure", "độ C", value_max=18,
      subject="nhiệt độ nước quanh năm"),
    F("từ 220.000 đến 250.000", "220.000", 220000, "money", "đồng/kg", value_max=250000,
      subject="giá cá hồi thương phẩm bán tại cơ sở"),
    F("từ 180.000 đến 200.000", "180.000", 180000, "money", "đồng/kg", value_max=200000,
      subject="giá cá tầm thương phẩm bán tại cơ sở"),
    F("ước đạt 136,8 tỷ", "136,8", 136800000000, "money", "đồng", status="estimate",
      subject="giá trị sản xuất", period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("hơn 450 lao động", "450", 450, "count", "lao động", approx="over",
      subject="lao động có việc làm thường xuyên từ nghề nuôi cá nước lạnh"),
    F("7,5 triệu", "7,5", 7500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động nghề nuôi cá nước lạnh"),
    F("duy trì 24 bể", "24", 24, "count", "bể nuôi", subject=f"bể nuôi của {HTX}", location="Sa Pa"),
    F("tổng thể tích 1.800 m3", "1.800", 1800, "measure", "m3",
      subject=f"tổng thể tích bể nuôi của {HTX}", location="Sa Pa"),
    F("xuất bán 38 tấn", "38", 38, "measure", "tấn", subject="cá hồi hợp tác xã xuất bán",
      period=H1_SHORT, location="Sa Pa"),
    F("gần 9 tỷ", "9", 9000000000, "money", "đồng", approx="nearly", subject="doanh thu của hợp tác xã",
      period=H1_SHORT, location="Sa Pa"),
    F("khoảng 2,1 tỷ", "2,1", 2100000000, "money", "đồng", approx="about", subject="lợi nhuận của hợp tác xã",
      period=H1_SHORT, location="Sa Pa"),
    F("đạt 1.120 tấn", "1.120", 1120, "measure", "tấn", status="target",
      subject="sản lượng cá nước lạnh", period=Y24),
    F("thả nuôi 350.000 con", "350.000", 350000, "count", "con giống", status="target",
      subject="con giống thả nuôi", period=Y24),
    F("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ giống cá tầm sản xuất trong nước trong số con giống thả nuôi", period=Y24),
]

NOTES = [
    "Province portal (Lào Cai): cold-water fish output, first half of 2024. Breadcrumb, 'Cập nhật: 12/07/2024 08:15 | Lượt xem: 2.347'.",
    "Distractors: view counter 2.347, time 08:15, hotline 0214.3840.115, the '(laocai.gov.vn)' tag; 'một số loài khác' is not a number.",
    "Headline 'gần 600 tấn' takes '6 tháng' of the headline (year from published). District list 39+14+9 = 62 of 68: no total.",
    "The parts after 'Trong đó' (new sentence) take the whole 586 tấn. HTX Tả Van passage: location Sa Pa (thị xã), also the next sentence.",
]

if __name__ == "__main__":
    write("p1149-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Lào Cai")
