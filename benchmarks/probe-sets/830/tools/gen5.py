"""p830-5: Party/provincial newspaper (Báo Quảng Trị), malaria 2024 and 2025 goals; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Quảng Trị nỗ lực tiến tới loại trừ bệnh sốt rét

Dù số ca mắc giảm mạnh, nguy cơ sốt rét quay trở lại ở các xã biên giới của Quảng Trị vẫn còn hiện hữu do người dân thường xuyên qua lại khu vực giáp ranh với nước bạn Lào.

Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, năm 2024 toàn tỉnh phát hiện 47 ca mắc sốt rét, giảm 23 ca so với năm 2023, không có trường hợp tử vong. Trong tổng số 47 ca mắc, có 31 ca ở huyện Hướng Hóa và 12 ca ở huyện Đakrông, còn lại rải rác ở các địa phương khác. Ngành y tế cũng đã phát hiện và xử lý sáu ổ bệnh nhỏ, không để lan rộng.

Ông Lê Văn Mười, Trưởng khoa Ký sinh trùng - Côn trùng, CDC Quảng Trị cho biết: "Khoảng 80% bệnh nhân là nam giới từ 16 đến 50 tuổi, thường xuyên đi rừng, ngủ rẫy hoặc sang Lào làm thuê". Các xã A Dơi, Ba Tầng, Thanh (huyện Hướng Hóa) là những nơi có nguy cơ cao nhất.

Trong năm 2024, toàn tỉnh đã xét nghiệm 38.520 lam máu, đạt 96,3% chỉ tiêu; tẩm 9.860 chiếc màn; cấp 4.500 võng tẩm hóa chất cho người đi rừng. Đến nay, tỉnh có 117/125 xã, phường, thị trấn đạt tiêu chí loại trừ sốt rét, chiếm 93,6%.

Năm 2025, tỉnh phấn đấu không để xảy ra ca sốt rét nội địa, 100% ca bệnh được giám sát theo chiến lược "1-3-7": báo cáo ca bệnh trong 1 ngày, điều tra trong 3 ngày và xử lý ổ bệnh trong 7 ngày. Kinh phí phòng chống sốt rét năm 2025 dự kiến khoảng 1,2 tỷ đồng, giảm gần 30% so với năm 2024 do nguồn viện trợ thu hẹp.

HỒNG NHUNG
08/03/2025
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2025-03-08")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("phát hiện 47 ca", "47", 47, "count", "ca", "ca mắc sốt rét", Y24,
      change=C("decrease", 23, "ca", "năm 2023")),
    F("số 47 ca mắc", "47", 47, "count", "ca", "ca mắc sốt rét", I(Y24), optional=True),
    F("có 31 ca", "31", 31, "count", "ca", "ca mắc sốt rét", I(Y24), total=47, location="Hướng Hóa"),
    F("và 12 ca", "12", 12, "count", "ca", "ca mắc sốt rét", I(Y24), total=47, location="Đakrông"),
    F("sáu ổ bệnh", "sáu", 6, "count", "ổ bệnh", "ổ bệnh nhỏ được phát hiện và xử lý", I(Y24)),
    F("Khoảng 80% bệnh nhân", "80", 80, "percent", "%", "bệnh nhân là nam giới", I(Y24), approx="about"),
    F("từ 16 đến 50 tuổi", "16", 16, "measure", "tuổi", "độ tuổi bệnh nhân nam giới", value_max=50, optional=True),
    F("xét nghiệm 38.520 lam máu", "38.520", 38520, "count", "lam máu", "lam máu xét nghiệm", Y24, percent=96.3),
    F("tẩm 9.860 chiếc màn", "9.860", 9860, "count", "chiếc màn", "màn được tẩm", Y24),
    F("cấp 4.500 võng", "4.500", 4500, "count", "võng", "võng tẩm hóa chất cấp cho người đi rừng", Y24),
    F("có 117/125 xã", "117", 117, "count", "xã", "xã, phường, thị trấn đạt tiêu chí loại trừ sốt rét", NOW,
      total=125, percent=93.6),
    F("100% ca bệnh", "100", 100, "percent", "%", "ca bệnh được giám sát theo chiến lược 1-3-7", Y25, status="target"),
    F("trong 1 ngày", "1", 1, "measure", "ngày", "báo cáo ca bệnh", Y25, status="target", optional=True),
    F("trong 3 ngày", "3", 3, "measure", "ngày", "điều tra ca bệnh", Y25, status="target", optional=True),
    F("trong 7 ngày", "7", 7, "measure", "ngày", "xử lý ổ bệnh", Y25, status="target", optional=True),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí phòng chống sốt rét", P("năm 2025", "2025-01-01", "2025-12-31"),
      approx="about", status="forecast", change=C("decrease", 30, "%", "năm 2024", approx="nearly")),
]

write("p830-5", TEXT, FIGS, published="2025-03-08", location="Quảng Trị", comments=[
    "Báo Quảng Trị (Party paper): malaria 2024 results and 2025 goals; byline HỒNG NHUNG and bare date 08/03/2025 at the end.",
    "'Trong tổng số 47 ca mắc, có 31 ca ... và 12 ca' gives total 47; the restated 47 is optional; districts are locations.",
    "'sáu ổ bệnh' is a number word (count 6). Age band 16-50 and the 1-3-7 deadlines are category specifications (optional).",
    "'Đến nay' is an as-of at the printed date 2025-03-08. '1-3-7' inside the quoted strategy name is a name.",
    "'dự kiến khoảng 1,2 tỷ đồng, giảm gần 30% so với năm 2024' -> forecast, about, change decrease nearly 30%.",
    "Distractors: Lê Văn Mười (name), xã Ba Tầng, chiến lược '1-3-7', the bare date.",
])
