"""p1543-6: national newspaper: cooking oil prices rise in October 2024 (TP HCM shelves, GSO index, import price)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 14/10/2024, 10:25 (GMT+7)

Giá dầu ăn tăng lần thứ ba từ đầu năm

Nhiều hãng dầu ăn đã tăng giá bán sỉ thêm 5-8% từ đầu tháng 10 do giá dầu cọ nhập khẩu tăng mạnh.

Khảo sát tại một số siêu thị ở TP HCM ngày 13/10, dầu đậu nành loại chai 1 lít có giá 52.000-56.000 đồng/chai, tăng 3.000-4.000 đồng so với tháng 9; can 5 lít dầu hỗn hợp khoảng 235.000 đồng/can. Dòng dầu cao cấp Omega 3-6-9 giá từ 89.000 đồng/chai trở lên.

Theo Tổng cục Thống kê, chỉ số giá nhóm dầu mỡ ăn tháng 9/2024 tăng 1,8% so với tháng trước và tăng 6,3% so với cùng kỳ năm trước. Giá dầu cọ thô nhập khẩu về Việt Nam trong tháng 9 bình quân 1.020 USD/tấn, tăng khoảng 14% so với đầu năm.

Đại diện Công ty CP Dầu ăn Hoa Sen, có nhà máy tại Đồng Nai, cho biết khoảng 85% nguyên liệu của công ty phải nhập khẩu, chi phí nguyên liệu chiếm 75-80% giá thành. 9 tháng qua, công ty bán ra 126.000 tấn dầu, giảm 4,5% so với cùng kỳ, trong đó kênh siêu thị chiếm 38%.

"Chúng tôi đã cố gắng giữ giá nhưng không thể kéo dài", vị này nói.

Hiệp hội Dầu thực vật Việt Nam ước tính mỗi năm cả nước tiêu thụ khoảng 1,7 triệu tấn dầu ăn. Các chuyên gia dự báo giá dầu ăn có thể tăng thêm 3-5% trong quý IV, trước khi ổn định vào đầu năm 2025.

Minh Khôi
"""

M9 = per("tháng 9/2024", "2024-09-01", "2024-09-30")
M9b = per("trong tháng 9", "2024-09-01", "2024-09-30")
N9 = per("9 tháng qua", "2024-01-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
HCM = "TP Hồ Chí Minh"
DN = "Đồng Nai"

FIGS = [
    fig("thêm 5-8%", "5", 5, "percent", "%", value_max=8, subject="giá bán sỉ dầu ăn tăng thêm"),
    fig("chai 1 lít", "1", 1, "measure", "lít", subject="dung tích chai dầu đậu nành",
        location=HCM, optional=True),
    fig("giá 52.000-56.000", "52.000", 52000, "money", "đồng/chai", value_max=56000,
        change=chg("increase", 3000, "đồng", "tháng 9"),
        subject="giá dầu đậu nành loại chai 1 lít", location=HCM),
    fig("can 5 lít", "5", 5, "measure", "lít", subject="dung tích can dầu hỗn hợp",
        location=HCM, optional=True),
    fig("khoảng 235.000", "235.000", 235000, "money", "đồng/can", approx="about",
        subject="giá can 5 lít dầu hỗn hợp", location=HCM),
    fig("từ 89.000 đồng/chai", "89.000", 89000, "money", "đồng/chai", approx="at_least",
        subject="giá dòng dầu cao cấp Omega 3-6-9", location=HCM),
    fig("tăng 1,8%", "1,8", 1.8, "percent", "%",
        subject="chỉ số giá nhóm dầu mỡ ăn so với tháng trước", period=M9),
    fig("tăng 6,3%", "6,3", 6.3, "percent", "%",
        subject="chỉ số giá nhóm dầu mỡ ăn so với cùng kỳ năm trước", period=M9),
    fig("bình quân 1.020 USD/tấn", "1.020", 1020, "money", "USD/tấn",
        change=chg("increase", 14, "%", "đầu năm", approx="about"),
        subject="giá dầu cọ thô nhập khẩu về Việt Nam", period=M9b),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="nguyên liệu của công ty phải nhập khẩu", location=DN),
    fig("chiếm 75-80%", "75", 75, "percent", "%", value_max=80,
        subject="chi phí nguyên liệu trong giá thành", location=DN),
    fig("bán ra 126.000 tấn", "126.000", 126000, "measure", "tấn",
        change=chg("decrease", 4.5, "%", "cùng kỳ"),
        subject="dầu công ty bán ra", period=N9, location=DN),
    fig("chiếm 38%", "38", 38, "percent", "%", subject="kênh siêu thị trong lượng dầu bán ra",
        period=N9, location=DN),
    fig("khoảng 1,7 triệu", "1,7", 1.7e6, "measure", "tấn/năm", approx="about", status="estimate",
        subject="dầu ăn cả nước tiêu thụ mỗi năm"),
    fig("thêm 3-5%", "3", 3, "percent", "%", value_max=5, status="forecast",
        subject="giá dầu ăn tăng thêm", period=Q4),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 14/10/2024, 10:25 (GMT+7)', sapo, quote, byline at the end. Default location Việt Nam.",
    "Distractors: '(GMT+7)', 10:25, 'lần thứ ba' (ordinal), 'ngày 13/10', 'tháng 10', product name 'Omega 3-6-9', 'đầu năm 2025', 'một số siêu thị'.",
    "Shelf prices surveyed in TP HCM → location TP Hồ Chí Minh; the firm 'có nhà máy tại Đồng Nai' → its figures Đồng Nai (borderline).",
    "Container sizes 'chai 1 lít', 'can 5 lít': optional. Prices per container keep it in the unit (đồng/chai, đồng/can).",
    "'từ 89.000 đồng/chai trở lên' → at_least. 'tăng 3.000-4.000 đồng so với tháng 9' → change (low end of the range) in đồng.",
    "GSO index: two growth rates with no base amount → two percent figures, period tháng 9/2024.",
    "'trong đó kênh siêu thị chiếm 38%' and 'chi phí nguyên liệu chiếm 75-80% giá thành' have their own subject: percent figures.",
    "'9 tháng qua' → 2024-01-01..2024-09-30; 'quý IV' → 2024 Q4; 'ước tính' → estimate; 'dự báo' → forecast.",
    "'tăng giá bán sỉ thêm 5-8% từ đầu tháng 10': the start of a price change, no period (not scored).",
]

if __name__ == "__main__":
    write("p1543-6", TEXT, NOTES, FIGS, published="2024-10-14", location="Việt Nam")
