"""p1138-1: Thái Bình province portal, nhà văn hóa thôn and sân thể thao xã, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao

Thái Bình: 98,6% thôn, tổ dân phố có nhà văn hóa

Cập nhật: 16/07/2024 14:20 | Lượt xem: 2.418

(thaibinh.gov.vn) - Tính đến ngày 30/6/2024, toàn tỉnh Thái Bình có 1.712/1.736 thôn, tổ dân phố có nhà văn hóa, đạt 98,6%; 254/260 xã, phường, thị trấn có trung tâm văn hóa - thể thao, tăng 9 đơn vị so với cuối năm 2023. Với kết quả này, Thái Bình đứng thứ 5 cả nước về tỷ lệ xã có trung tâm văn hóa - thể thao.

6 tháng đầu năm, các địa phương đã khởi công mới 37 nhà văn hóa thôn và 21 sân thể thao xã, hoàn thành đưa vào sử dụng 42 công trình với tổng kinh phí khoảng 86,4 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 51,2 tỷ đồng, nhân dân đóng góp và xã hội hóa 35,2 tỷ đồng. Nhiều nơi làm tốt công tác vận động, điển hình như huyện Vũ Thư có 128 hộ hiến hơn 9.600 m2 đất để mở rộng khuôn viên nhà văn hóa, sân thể thao.

Tại xã Đông Hợp (huyện Đông Hưng), nhà văn hóa trung tâm xã được xây dựng trên diện tích 2.500 m2, có hội trường 300 chỗ ngồi, sân bóng đá mini cỏ nhân tạo và hai sân cầu lông; tổng vốn đầu tư 6,8 tỷ đồng. Mỗi tối, nhà văn hóa đón từ 150 đến 200 lượt người đến tập luyện.

Phong trào thể dục thể thao quần chúng tiếp tục phát triển. Toàn tỉnh hiện có 1.050 câu lạc bộ thể dục thể thao, tỷ lệ người dân tập luyện thể dục thể thao thường xuyên ước đạt 37,5%.

Thực hiện Quyết định số 2164/QĐ-TTg của Thủ tướng Chính phủ, tỉnh đặt mục tiêu đến năm 2025 có 100% thôn, tổ dân phố có nhà văn hóa và trên 40% dân số tập luyện thể dục thể thao thường xuyên.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
VT, DH = "Vũ Thư", "Đông Hưng"

FIGS = [
    F("Thái Bình: 98,6%", "98,6", 98.6, "percent", "%", subject="tỷ lệ thôn, tổ dân phố có nhà văn hóa"),
    F("1.712/1.736", "1.712", 1712, "count", "thôn, tổ dân phố", total=1736, percent=98.6,
      subject="thôn, tổ dân phố có nhà văn hóa", period=ASOF),
    F("254/260", "254", 254, "count", "xã, phường, thị trấn", total=260,
      change=C("increase", 9, "đơn vị", "cuối năm 2023"),
      subject="xã, phường, thị trấn có trung tâm văn hóa - thể thao", period=ASOF),
    F("đứng thứ 5", "5", 5, "rank", "hạng", subject="tỷ lệ xã có trung tâm văn hóa - thể thao", period=I(ASOF)),
    F("mới 37 nhà", "37", 37, "count", "nhà văn hóa thôn", subject="nhà văn hóa thôn khởi công mới", period=H1),
    F("21 sân", "21", 21, "count", "sân thể thao xã", subject="sân thể thao xã khởi công mới", period=H1),
    F("42 công trình", "42", 42, "count", "công trình", subject="công trình hoàn thành đưa vào sử dụng", period=H1),
    F("khoảng 86,4 tỷ", "86,4", 86.4e9, "money", "đồng", approx="about",
      subject="tổng kinh phí công trình hoàn thành", period=H1),
    F("hỗ trợ 51,2 tỷ", "51,2", 51.2e9, "money", "đồng", total=86.4e9,
      subject="ngân sách nhà nước hỗ trợ", period=H1),
    F("hóa 35,2 tỷ", "35,2", 35.2e9, "money", "đồng", total=86.4e9,
      subject="nhân dân đóng góp và xã hội hóa", period=H1),
    F("có 128 hộ", "128", 128, "count", "hộ", subject="hộ hiến đất mở rộng khuôn viên nhà văn hóa, sân thể thao",
      period=I(H1), location=VT),
    F("hơn 9.600 m2", "9.600", 9600, "measure", "m2", approx="over",
      subject="đất hộ dân hiến để mở rộng khuôn viên nhà văn hóa, sân thể thao", period=I(H1), location=VT),
    F("diện tích 2.500 m2", "2.500", 2500, "measure", "m2",
      subject="diện tích nhà văn hóa trung tâm xã Đông Hợp", location=DH),
    F("hội trường 300 chỗ", "300", 300, "count", "chỗ ngồi", subject="chỗ ngồi hội trường nhà văn hóa", location=DH),
    F("hai sân cầu lông", "hai", 2, "count", "sân cầu lông", subject="sân cầu lông nhà văn hóa trung tâm xã",
      location=DH),
    F("tư 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", subject="tổng vốn đầu tư nhà văn hóa trung tâm xã Đông Hợp",
      location=DH),
    F("từ 150 đến 200 lượt", "150", 150, "count", "lượt người", value_max=200,
      subject="lượt người đến tập luyện mỗi tối tại nhà văn hóa", location=DH),
    F("có 1.050 câu lạc bộ", "1.050", 1050, "count", "câu lạc bộ", subject="câu lạc bộ thể dục thể thao"),
    F("ước đạt 37,5%", "37,5", 37.5, "percent", "%", status="estimate",
      subject="tỷ lệ người dân tập luyện thể dục thể thao thường xuyên"),
    F("có 100%", "100", 100, "percent", "%", status="target", subject="tỷ lệ thôn, tổ dân phố có nhà văn hóa",
      period=T25),
    F("trên 40%", "40", 40, "percent", "%", approx="over", status="target",
      subject="tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", period=T25),
]

NOTES = [
    "Province portal (Thái Bình): nhà văn hóa thôn, trung tâm văn hóa - thể thao xã, works built in 6 months 2024.",
    "Breadcrumb; 'Cập nhật: 16/07/2024 14:20 | Lượt xem: 2.418' (published 2024-07-16; time and view counter are not figures).",
    "Distractors: 'Quyết định số 2164/QĐ-TTg', '30/6/2024', 'cuối năm 2023'. '1.736' and '260' are totals (attributes), not figures.",
    "Year-less '6 tháng đầu năm' takes 2024 from the as-of date before it. Vũ Thư (district) and the Đông Hợp passage (huyện Đông Hưng) get their district.",
    "'Mỗi tối … từ 150 đến 200 lượt người': a flow per evening, recorded as count 'lượt người' (the per-time word goes to the subject).",
    "'đứng thứ 5 cả nước' is a rank of Thái Bình (location Thái Bình); its period is the as-of date of the sentence before (inherited).",
]

if __name__ == "__main__":
    write("p1138-1", TEXT, NOTES, FIGS, published="2024-07-16", location="Thái Bình")
