from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Thứ Hai, 15/07/2024 - 09:10

Thọ Xuân đẩy mạnh phát hiện, điều trị bệnh nhân lao

Trong 6 tháng đầu năm 2024, Trung tâm Y tế huyện Thọ Xuân đã khám sàng lọc bệnh lao cho 8.426 lượt người, chụp X-quang phổi cho 3.150 người có triệu chứng nghi lao và làm xét nghiệm GeneXpert cho 612 trường hợp. Qua đó, phát hiện và đưa vào điều trị 97 bệnh nhân lao các thể, đạt 53,9% kế hoạch năm (kế hoạch 180 bệnh nhân), tăng 14 bệnh nhân so với cùng kỳ năm 2023. Trong đó, lao phổi có bằng chứng vi khuẩn học 61 bệnh nhân, lao phổi không có bằng chứng vi khuẩn học 22 bệnh nhân, lao ngoài phổi 14 bệnh nhân. Ngoài ra, 3 bệnh nhân lao kháng đa thuốc được phát hiện và chuyển lên Bệnh viện Phổi Thanh Hóa điều trị.

Kết quả điều trị cho thấy, trong số 168 bệnh nhân lao thu nhận điều trị năm 2023, có 152 bệnh nhân được điều trị khỏi và hoàn thành điều trị, tỷ lệ điều trị thành công đạt 90,5%; 4 bệnh nhân tử vong (2,4%), 2 bệnh nhân thất bại điều trị và 10 bệnh nhân bỏ trị hoặc chuyển đi.

Hoạt động phát hiện chủ động theo chiến lược 2X (X-quang và Xpert) được triển khai tại 6 xã: Xuân Hòa, Thọ Lập, Xuân Tín, Nam Giang, Phú Xuân và Xuân Lai. Có 2.345 người được chụp X-quang lưu động, phát hiện 11 bệnh nhân lao, chiếm 11,3% tổng số bệnh nhân phát hiện của huyện.

Năm 2024, huyện phấn đấu phát hiện 180 bệnh nhân lao, tỷ lệ điều trị thành công đạt trên 90%, giảm tỷ lệ tử vong trong điều trị xuống dưới 3%.

Người dân có triệu chứng ho kéo dài trên 2 tuần, sốt nhẹ về chiều, sút cân cần đến khám tại Trung tâm Y tế huyện (số 25 đường Lê Hoàn, thị trấn Thọ Xuân) hoặc gọi số 0237.3834.228 để được tư vấn miễn phí.

Lê Hương (TTYT Thọ Xuân)
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("cho 8.426 lượt người", "8.426", 8426, "count", "lượt người", "lượt người được khám sàng lọc bệnh lao", H1),
    F("cho 3.150 người", "3.150", 3150, "count", "người", "người có triệu chứng nghi lao được chụp X-quang phổi", H1),
    F("cho 612 trường hợp", "612", 612, "count", "trường hợp", "trường hợp làm xét nghiệm GeneXpert", H1),
    F("điều trị 97 bệnh nhân", "97", 97, "count", "bệnh nhân", "bệnh nhân lao các thể được phát hiện và đưa vào điều trị", H1i,
      percent=53.9, target=T(180, "bệnh nhân"), change=C("increase", 14, "bệnh nhân", "cùng kỳ năm 2023")),
    F("vi khuẩn học 61 bệnh nhân", "61", 61, "count", "bệnh nhân", "lao phổi có bằng chứng vi khuẩn học", H1i, total=97),
    F("vi khuẩn học 22 bệnh nhân", "22", 22, "count", "bệnh nhân", "lao phổi không có bằng chứng vi khuẩn học", H1i, total=97),
    F("ngoài phổi 14 bệnh nhân", "14", 14, "count", "bệnh nhân", "lao ngoài phổi", H1i, total=97),
    F("Ngoài ra, 3 bệnh nhân", "3", 3, "count", "bệnh nhân", "bệnh nhân lao kháng đa thuốc được phát hiện", H1i),
    F("trong số 168 bệnh nhân", "168", 168, "count", "bệnh nhân", "bệnh nhân lao thu nhận điều trị", Y23),
    F("có 152 bệnh nhân", "152", 152, "count", "bệnh nhân", "bệnh nhân được điều trị khỏi và hoàn thành điều trị", Y23,
      total=168),
    F("thành công đạt 90,5%", "90,5", 90.5, "percent", "%", "tỷ lệ điều trị thành công", Y23),
    F("; 4 bệnh nhân tử vong", "4", 4, "count", "bệnh nhân", "bệnh nhân tử vong", Y23, total=168, percent=2.4),
    F("2 bệnh nhân thất bại", "2", 2, "count", "bệnh nhân", "bệnh nhân thất bại điều trị", Y23, total=168),
    F("và 10 bệnh nhân", "10", 10, "count", "bệnh nhân", "bệnh nhân bỏ trị hoặc chuyển đi", Y23, total=168),
    F("tại 6 xã", "6", 6, "count", "xã", "xã triển khai phát hiện chủ động theo chiến lược 2X", H1i),
    F("Có 2.345 người", "2.345", 2345, "count", "người", "người được chụp X-quang lưu động", H1i),
    F("phát hiện 11 bệnh nhân", "11", 11, "count", "bệnh nhân", "bệnh nhân lao phát hiện qua chụp X-quang lưu động", H1i,
      percent=11.3),
    F("phát hiện 180 bệnh nhân", "180", 180, "count", "bệnh nhân", "bệnh nhân lao được phát hiện", Y24, status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ điều trị thành công", Y24, approx="over", status="target"),
    F("xuống dưới 3%", "3", 3, "percent", "%", "tỷ lệ tử vong trong điều trị", Y24, approx="under", status="target"),
    F("trên 2 tuần", "2", 2, "measure", "tuần", "ho kéo dài", approx="over", optional=True),
]

write(2, A, figs, [
    "District portal (huyện Thọ Xuân, Thanh Hóa), weekday dateline 'Thứ Hai, 15/07/2024 - 09:10', byline at the end. TB case finding H1/2024.",
    "97 bệnh nhân: percent 53,9 (đạt ... kế hoạch), target 180 from '(kế hoạch 180 bệnh nhân)', change +14 bệnh nhân vs cùng kỳ.",
    "'Trong đó' parts 61/22/14 total 97 (they add up). '3 bệnh nhân lao kháng đa thuốc' after 'Ngoài ra' has no total.",
    "Cohort 'trong số 168 ... năm 2023': 152/4/2/10 all total 168 (they add up); 90,5% named rate is its own figure; (2,4%) percent of 4.",
    "'chiến lược 2X' is a name; 'trên 2 tuần' symptom threshold optional. Targets 'Năm 2024 ... phấn đấu': status target.",
    "Distractors: address 'số 25 đường Lê Hoàn', phone, dateline; Bệnh viện Phổi Thanh Hóa (a name; location stays Thọ Xuân).",
], published="2024-07-15", location="Thọ Xuân")
