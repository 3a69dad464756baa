"""p598-4: ministry site (Bộ NN&PTNT, Cục Quản lý đê điều và PCTT) — national rain gauges, early warning, risk maps."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Quản lý đê điều và Phòng, chống thiên tai
Trang chủ » Tin hoạt động » Cảnh báo sớm
Ngày đăng: 14/05/2024 | Lượt xem: 1.284

Cả nước có hơn 5.600 trạm đo mưa tự động phục vụ cảnh báo lũ quét, sạt lở đất

Theo Cục Quản lý đê điều và Phòng, chống thiên tai, tính đến hết tháng 4/2024, cả nước có 5.630 trạm đo mưa tự động chuyên dùng, tăng 18,5% so với năm 2022; trong đó các tỉnh trung du, miền núi phía Bắc có 1.214 trạm, chiếm 21,6%. Chi phí lắp đặt bình quân khoảng 85 triệu đồng/trạm.

Hệ thống cảnh báo sớm lũ quét, sạt lở đất đã được lắp đặt thí điểm tại 31 xã thuộc 9 huyện của các tỉnh Lào Cai, Yên Bái, Hà Giang và Cao Bằng, tổng kinh phí 46,2 tỷ đồng. Bộ cũng đã hoàn thành bản đồ phân vùng nguy cơ sạt lở đất tỷ lệ 1:50.000 cho 22 tỉnh miền núi và tỷ lệ 1:10.000 cho 75 huyện có nguy cơ cao.

Theo kết quả rà soát, cả nước hiện có khoảng 2.900 điểm được đánh giá có nguy cơ sạt lở rất cao, ảnh hưởng đến gần 19.000 hộ dân. Giai đoạn 2021-2023, các địa phương đã di dời được 6.742 hộ, đạt 35,5% nhu cầu. Nhiều khu vực đã được công bố rủi ro thiên tai cấp độ 3 theo Quyết định số 18/2021/QĐ-TTg.

Theo định hướng của Bộ, đến năm 2025, 100% xã có nguy cơ cao về lũ quét, sạt lở đất được lắp đặt trạm đo mưa tự động; đến năm 2030 lắp đặt thêm khoảng 3.000 trạm, nâng tổng số trạm lên trên 8.600 trạm.

Mọi ý kiến góp ý xin gửi về: Cục Quản lý đê điều và PCTT, số 2 Ngọc Hà, Ba Đình, Hà Nội; điện thoại: 024.3733.5693.
"""

ASOF = P("tính đến hết tháng 4/2024", None, "2024-04-30")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 5.600 trạm", "5.600", 5600, "count", "trạm", "trạm đo mưa tự động phục vụ cảnh báo lũ quét, sạt lở đất",
      I(ASOF), approx="over"),
    F("có 5.630 trạm", "5.630", 5630, "count", "trạm", "trạm đo mưa tự động chuyên dùng", ASOF,
      change=CH("increase", 18.5, "%", "năm 2022")),
    F("có 1.214 trạm", "1.214", 1214, "count", "trạm", "trạm đo mưa tự động chuyên dùng ở các tỉnh trung du, miền núi phía Bắc",
      ASOF, total=5630, percent=21.6),
    F("khoảng 85 triệu đồng/trạm", "85", 85e6, "money", "đồng/trạm", "chi phí lắp đặt bình quân", approx="about"),
    F("tại 31 xã", "31", 31, "count", "xã", "xã lắp đặt thí điểm hệ thống cảnh báo sớm lũ quét, sạt lở đất"),
    F("thuộc 9 huyện", "9", 9, "count", "huyện", "huyện lắp đặt thí điểm hệ thống cảnh báo sớm lũ quét, sạt lở đất"),
    F("phí 46,2 tỷ đồng", "46,2", 46.2e9, "money", "đồng", "tổng kinh phí lắp đặt thí điểm hệ thống cảnh báo sớm"),
    F("cho 22 tỉnh", "22", 22, "count", "tỉnh", "tỉnh miền núi có bản đồ phân vùng nguy cơ sạt lở đất tỷ lệ 1:50.000"),
    F("cho 75 huyện", "75", 75, "count", "huyện", "huyện có nguy cơ cao có bản đồ phân vùng nguy cơ sạt lở đất tỷ lệ 1:10.000"),
    F("khoảng 2.900 điểm", "2.900", 2900, "count", "điểm", "điểm có nguy cơ sạt lở rất cao", approx="about"),
    F("gần 19.000 hộ", "19.000", 19000, "count", "hộ dân", "hộ dân bị ảnh hưởng bởi điểm có nguy cơ sạt lở rất cao",
      approx="nearly"),
    F("được 6.742 hộ", "6.742", 6742, "count", "hộ", "hộ di dời", G, percent=35.5),
    F("2025, 100%", "100", 100, "percent", "%", "xã có nguy cơ cao về lũ quét, sạt lở đất được lắp đặt trạm đo mưa tự động",
      T25, status="target"),
    F("khoảng 3.000 trạm", "3.000", 3000, "count", "trạm", "trạm lắp đặt thêm", T30, approx="about", status="target"),
    F("trên 8.600 trạm", "8.600", 8600, "count", "trạm", "tổng số trạm", T30, approx="over", status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT / Cục Quản lý đê điều và PCTT site (invented): national automatic rain gauges, early-warning pilots, risk maps, relocation.",
    "All figures national (location Việt Nam): provinces named in the list after '31 xã thuộc 9 huyện' do not make the figures provincial.",
    "'trong đó ... có 1.214 trạm, chiếm 21,6%' -> total 5.630 and percent 21,6. Targets 'đến năm 2025/2030' end that year, start open.",
    "Distractors: Ngày đăng, Lượt xem 1.284, map scales 1:50.000 and 1:10.000, 'cấp độ 3', Quyết định số 18/2021/QĐ-TTg,",
    "'số 2 Ngọc Hà', phone 024.3733.5693, 'tháng 4/2024', 'Giai đoạn 2021-2023'.",
]

if __name__ == "__main__":
    emit("p598-4", TEXT, COMMENTS, FIGS, published="2024-05-14", location="Việt Nam")
