"""p1155-1: Nghệ An province portal, 8 months 2024: new automatic rain gauges, network, rainfall event."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Nghệ An: Thêm 42 trạm đo mưa tự động đi vào vận hành

Cập nhật: 12/09/2024 14:20 | Lượt xem: 2.318

(nghean.gov.vn) - 8 tháng đầu năm 2024, Sở Tài nguyên và Môi trường phối hợp với Đài Khí tượng Thủy văn tỉnh lắp đặt, đưa vào vận hành 42 trạm đo mưa tự động tại các huyện miền núi, đạt 84% kế hoạch năm. Tính đến ngày 31/8/2024, toàn tỉnh có 286 trạm quan trắc tự động, trong đó 214 trạm đo mưa, 48 trạm khí tượng và 24 trạm đo mực nước.

Tổng kinh phí lắp đặt 42 trạm mới khoảng 9,2 tỷ đồng, trong đó ngân sách tỉnh 5,8 tỷ đồng, còn lại từ nguồn vốn dự án theo Quyết định số 2156/QĐ-UBND. Mỗi trạm có chi phí từ 190 đến 240 triệu đồng, tùy địa hình và đường truyền.

Số liệu mưa được truyền về Trung tâm dữ liệu với tần suất 10 phút/lần. Tháng 8, tỷ lệ số liệu về đầy đủ đạt 97,6%, tăng 2,1 điểm phần trăm so với tháng 7; chỉ có 5 trạm bị gián đoạn do mất sóng điện thoại.

Trong đợt mưa lớn từ ngày 18 đến 20/8, trạm đặt tại xã Châu Phong (huyện Quỳ Châu) đo được tổng lượng mưa 412 mm, cao nhất toàn tỉnh; các trạm ở Tương Dương và Kỳ Sơn lần lượt đo được 365 mm và 298 mm. Nhờ cảnh báo sớm, các địa phương đã sơ tán gần 1.300 hộ dân khỏi vùng có nguy cơ sạt lở dọc Quốc lộ 7A.

Năm 2025, tỉnh phấn đấu lắp đặt thêm 30 trạm, bảo đảm mỗi huyện miền núi có ít nhất hai trạm khí tượng tự động.
"""

M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
ASOF = per("Tính đến ngày 31/8/2024", None, "2024-08-31")
T8 = per("Tháng 8", "2024-08-01", "2024-08-31")
RAIN = per("từ ngày 18 đến 20/8", "2024-08-18", "2024-08-20")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
NET = "trạm quan trắc tự động"

FIGS = [
    fig("Thêm 42 trạm", "42", 42, "count", "trạm", subject="trạm đo mưa tự động đi vào vận hành"),
    fig("vận hành 42 trạm", "42", 42, "count", "trạm", percent=84,
        subject="trạm đo mưa tự động lắp đặt, đưa vào vận hành", period=M8),
    fig("có 286 trạm", "286", 286, "count", "trạm", subject=NET, period=ASOF),
    fig("214 trạm đo mưa", "214", 214, "count", "trạm", total=286, subject="trạm đo mưa", period=ASOF),
    fig("48 trạm khí tượng", "48", 48, "count", "trạm", total=286, subject="trạm khí tượng", period=ASOF),
    fig("24 trạm đo mực nước", "24", 24, "count", "trạm", total=286, subject="trạm đo mực nước", period=ASOF),
    fig("lắp đặt 42 trạm mới", "42", 42, "count", "trạm", subject="trạm mới lắp đặt", optional=True),
    fig("khoảng 9,2 tỷ", "9,2", 9.2e9, "money", "đồng", approx="about",
        subject="tổng kinh phí lắp đặt trạm mới", period=inh(M8)),
    fig("ngân sách tỉnh 5,8 tỷ", "5,8", 5.8e9, "money", "đồng", total=9.2e9,
        subject="kinh phí lắp đặt trạm mới từ ngân sách tỉnh", period=inh(M8)),
    fig("từ 190 đến 240 triệu", "190", 190e6, "money", "đồng/trạm", value_max=240e6,
        subject="chi phí mỗi trạm"),
    fig("10 phút/lần", "10", 10, "measure", "phút/lần", subject="tần suất truyền số liệu mưa"),
    fig("đạt 97,6%", "97,6", 97.6, "percent", "%",
        change=chg("increase", 2.1, "điểm phần trăm", "tháng 7"),
        subject="tỷ lệ số liệu về đầy đủ", period=T8),
    fig("có 5 trạm", "5", 5, "count", "trạm", subject="trạm bị gián đoạn do mất sóng điện thoại", period=T8),
    fig("lượng mưa 412 mm", "412", 412, "measure", "mm", subject="tổng lượng mưa trạm xã Châu Phong",
        period=RAIN, location="Quỳ Châu"),
    fig("được 365 mm", "365", 365, "measure", "mm", subject="tổng lượng mưa", period=RAIN, location="Tương Dương"),
    fig("và 298 mm", "298", 298, "measure", "mm", subject="tổng lượng mưa", period=RAIN, location="Kỳ Sơn"),
    fig("gần 1.300 hộ", "1.300", 1300, "count", "hộ dân", approx="nearly",
        subject="hộ dân sơ tán khỏi vùng có nguy cơ sạt lở", period=inh(RAIN)),
    fig("thêm 30 trạm", "30", 30, "count", "trạm", status="target", subject="trạm lắp đặt thêm", period=Y25),
    fig("ít nhất hai trạm", "hai", 2, "count", "trạm", approx="at_least", status="target",
        subject="trạm khí tượng tự động mỗi huyện miền núi", period=Y25),
]

NOTES = [
    "Province portal (Nghệ An), 8 months 2024. Breadcrumb, 'Cập nhật: 12/09/2024 14:20 | Lượt xem: 2.318'.",
    "Distractors: time 14:20, view counter 2.318, Quyết định số 2156/QĐ-UBND, Quốc lộ 7A, 'Tháng 8'/'tháng 7' as periods.",
    "'lắp đặt 42 trạm mới' refers back to the 42 stations already counted: optional. 214+48+24 = 286 (trong đó): totals.",
    "Rain event 'từ ngày 18 đến 20/8' takes the year 2024 from the dateline/first period; list 'lần lượt' gets the places as locations.",
    "'ít nhất hai trạm' (number word) is a target count under 'phấn đấu' (continues the clause after the comma).",
]

if __name__ == "__main__":
    write("p1155-1", TEXT, NOTES, FIGS, published="2024-09-12", location="Nghệ An")
