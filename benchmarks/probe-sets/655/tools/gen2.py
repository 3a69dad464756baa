"""p655-2: district portal (huyện Yên Phong, Bắc Ninh), unemployment insurance in Q1/2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN PHONG
Tin hoạt động | Lao động - Xã hội

Quý I/2024: Yên Phong có gần 3.900 lao động đề nghị hưởng trợ cấp thất nghiệp

Thứ Năm, 18/04/2024 - 10:05

Quý I/2024, Điểm tiếp nhận hồ sơ bảo hiểm thất nghiệp huyện Yên Phong đã tiếp nhận 3.874 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 1.026 hồ sơ so với quý IV/2023. Trong đó, lao động làm việc tại KCN Yên Phong I có 2.154 hồ sơ, KCN Yên Phong II-C có 968 hồ sơ, còn lại là lao động các cụm công nghiệp và doanh nghiệp ngoài khu. Số hồ sơ tăng chủ yếu do một số doanh nghiệp điện tử cắt giảm đơn hàng.

Theo Phòng Lao động - Thương binh và Xã hội huyện, đến hết tháng 3/2024, trên địa bàn có 612 doanh nghiệp với 118.450 lao động tham gia bảo hiểm thất nghiệp; trong đó 96 doanh nghiệp FDI với khoảng 102.300 lao động tham gia.

Cũng trong quý I, huyện phối hợp tổ chức 3 phiên giao dịch việc làm lưu động, tư vấn cho hơn 2.600 lượt người lao động, trong đó 417 lượt người được giới thiệu việc làm mới. Theo khảo sát, từ 15 đến 20% lao động nghỉ việc có nhu cầu học nghề để chuyển đổi công việc, nhưng số người đăng ký hỗ trợ học nghề mới đạt 38 người.

Đáng lo ngại, quý I có 1.245 lao động trên địa bàn làm thủ tục hưởng bảo hiểm xã hội một lần, chiếm khoảng 32% số người nghỉ việc. Đây là mức cao nhất kể từ năm 2020.

Năm 2024, huyện phấn đấu 100% doanh nghiệp thuộc diện tham gia bảo hiểm thất nghiệp đóng đầy đủ cho người lao động. Điểm tiếp nhận hồ sơ đặt tại số 05 đường Lý Thái Tổ, thị trấn Chờ (gần Quốc lộ 18); điện thoại 0222.3860.127, làm việc từ 7h30 đến 17h00 các ngày trong tuần.

Nguyễn Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1N = P("quý I", "2024-01-01", "2024-03-31")
ASOF = P("đến hết tháng 3/2024", None, "2024-03-31")

FIGS = [
    F("gần 3.900 lao động", "3.900", 3900, "count", "lao động",
      "lao động đề nghị hưởng trợ cấp thất nghiệp", Q1, approx="nearly"),
    F("tiếp nhận 3.874 hồ sơ", "3.874", 3874, "count", "hồ sơ",
      "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", Q1,
      change=CH("increase", 1026, "hồ sơ", "quý IV/2023")),
    F("có 2.154 hồ sơ", "2.154", 2154, "count", "hồ sơ",
      "hồ sơ của lao động làm việc tại KCN Yên Phong I", INH(Q1), total=3874),
    F("có 968 hồ sơ", "968", 968, "count", "hồ sơ",
      "hồ sơ của lao động KCN Yên Phong II-C", INH(Q1), total=3874),
    F("có 612 doanh nghiệp", "612", 612, "count", "doanh nghiệp",
      "doanh nghiệp tham gia bảo hiểm thất nghiệp", ASOF),
    F("với 118.450 lao động", "118.450", 118450, "count", "lao động",
      "lao động tham gia bảo hiểm thất nghiệp", ASOF),
    F("trong đó 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp",
      "doanh nghiệp FDI tham gia bảo hiểm thất nghiệp", ASOF, total=612),
    F("khoảng 102.300 lao động", "102.300", 102300, "count", "lao động",
      "lao động doanh nghiệp FDI tham gia bảo hiểm thất nghiệp", ASOF, approx="about", total=118450),
    F("tổ chức 3 phiên", "3", 3, "count", "phiên giao dịch việc làm",
      "phiên giao dịch việc làm lưu động", Q1N),
    F("hơn 2.600 lượt người", "2.600", 2600, "count", "lượt người",
      "lượt người lao động được tư vấn", Q1N, approx="over"),
    F("trong đó 417 lượt người", "417", 417, "count", "lượt người",
      "lượt người được giới thiệu việc làm mới", Q1N, total=2600),
    F("từ 15 đến 20%", "15", 15, "percent", "%",
      "lao động nghỉ việc có nhu cầu học nghề để chuyển đổi công việc", value_max=20),
    F("đạt 38 người", "38", 38, "count", "người", "người đăng ký hỗ trợ học nghề", INH(Q1N)),
    F("có 1.245 lao động", "1.245", 1245, "count", "lao động",
      "lao động làm thủ tục hưởng bảo hiểm xã hội một lần", Q1N, percent=32),
    F("phấn đấu 100% doanh nghiệp", "100", 100, "percent", "%",
      "doanh nghiệp thuộc diện tham gia bảo hiểm thất nghiệp đóng đầy đủ cho người lao động",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Phong (Bắc Ninh): bảo hiểm thất nghiệp quý I/2024; dateline 'Thứ Năm, 18/04/2024 - 10:05', byline at the end.",
    "Location is the district (district portal). KCN Yên Phong I / II-C are industrial parks, not places of the figure: location stays Yên Phong.",
    "'tăng 1.026 hồ sơ so với quý IV/2023' is the change of 3.874. 'quý I' without year takes 2024 from the nearest earlier date.",
    "'Trong đó' parts: 2.154 / 968 hồ sơ of 3.874; 96 doanh nghiệp of 612; 102.300 lao động of 118.450; 417 lượt of 2.600.",
    "'chiếm khoảng 32%' is the share of 1.245 (percent attribute). Survey range 'từ 15 đến 20%' and '38 người' have no period phrase.",
    "Distractors: 'năm 2020', 'số 05', 'Quốc lộ 18', phone, office hours '7h30 đến 17h00', 'Yên Phong I', 'II-C'.",
]

if __name__ == "__main__":
    emit("p655-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Yên Phong")
