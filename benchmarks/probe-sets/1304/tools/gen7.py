"""p1304-7: news agency (TTXVN): a soursop cooperative in Xuyên Mộc (Bà Rịa - Vũng Tàu) exports dried soursop."""
from lib import F, P, I, C, T, year, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Nông nghiệp

Mãng cầu xiêm sấy dẻo Xuyên Mộc lần đầu xuất khẩu sang Nhật Bản

03/05/2024 15:27

Hợp tác xã Nông nghiệp Bình Châu Xanh (xã Bình Châu, huyện Xuyên Mộc, tỉnh Bà Rịa - Vũng Tàu) vừa xuất lô hàng đầu tiên gồm 5 tấn mãng cầu xiêm sấy dẻo sang Nhật Bản, trị giá khoảng 1,1 tỷ đồng.

Ông Lê Văn Hiếu, Giám đốc hợp tác xã, cho biết đơn vị có 37 thành viên, canh tác 96 ha mãng cầu xiêm theo tiêu chuẩn GlobalGAP. Năm 2023, hợp tác xã thu hoạch gần 1,2 nghìn tấn trái tươi, trong đó khoảng 30% được đưa vào sơ chế, chế biến; doanh thu đạt 27 tỷ đồng, lợi nhuận bình quân 280 triệu đồng/ha. Xưởng sấy đặt bên Quốc lộ 55 tạo việc làm cho 45 lao động, thu nhập 7-8 triệu đồng/người/tháng.

Năm 2024, hợp tác xã dự kiến xuất khẩu khoảng 60 tấn sản phẩm sấy dẻo, mang về 13-14 tỷ đồng. Để có 1 kg mãng cầu sấy dẻo cần từ 7 đến 8 kg trái tươi; giá thu mua trái tươi của thành viên được giữ ở mức 22.000 đồng/kg, cao hơn giá thị trường 2.000-3.000 đồng/kg.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có khoảng 320 ha mãng cầu xiêm, tập trung ở Xuyên Mộc và Châu Đức, trong đó 148 ha đạt chứng nhận VietGAP, GlobalGAP. Tỉnh đặt mục tiêu đến năm 2030 nâng diện tích mãng cầu xiêm lên 500 ha, trong đó ít nhất 50% sản xuất theo tiêu chuẩn GAP.

Hoàng Nhi (TTXVN)

Tin liên quan:
- Bà Rịa - Vũng Tàu cấp 27 mã số vùng trồng cây ăn quả
"""

XM = "Xuyên Mộc"
Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("gồm 5 tấn", "5", 5, "measure", "tấn", subject="mãng cầu xiêm sấy dẻo xuất sang Nhật Bản", location=XM),
    F("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="about", subject="trị giá lô hàng", location=XM),
    F("có 37 thành viên", "37", 37, "count", "thành viên", subject="thành viên hợp tác xã", location=XM),
    F("canh tác 96 ha", "96", 96, "measure", "ha", subject="diện tích mãng cầu xiêm hợp tác xã canh tác",
      location=XM),
    F("gần 1,2 nghìn tấn", "1,2", 1200, "measure", "tấn", approx="nearly",
      subject="trái tươi hợp tác xã thu hoạch", period=Y23, location=XM),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="trái tươi được đưa vào sơ chế, chế biến", period=Y23, location=XM),
    F("đạt 27 tỷ", "27", 27e9, "money", "đồng", subject="doanh thu hợp tác xã", period=Y23, location=XM),
    F("bình quân 280 triệu", "280", 280e6, "money", "đồng/ha", subject="lợi nhuận bình quân", period=Y23,
      location=XM),
    F("cho 45 lao động", "45", 45, "count", "lao động", subject="lao động xưởng sấy tạo việc làm", location=XM),
    F("thu nhập 7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6,
      subject="thu nhập lao động xưởng sấy", location=XM),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn", approx="about", status="forecast",
      subject="sản phẩm sấy dẻo xuất khẩu", period=Y24, location=XM),
    F("về 13-14 tỷ", "13", 13e9, "money", "đồng", value_max=14e9, status="forecast",
      subject="giá trị xuất khẩu sản phẩm sấy dẻo", period=Y24, location=XM),
    F("có 1 kg", "1", 1, "measure", "kg", subject="mãng cầu sấy dẻo", optional=True, location=XM),
    F("từ 7 đến 8 kg", "7", 7, "measure", "kg", value_max=8,
      subject="trái tươi cần để có 1 kg mãng cầu sấy dẻo", location=XM),
    F("mức 22.000", "22.000", 22000, "money", "đồng/kg",
      change=C("increase", 2000, "đồng/kg", "giá thị trường"),
      subject="giá thu mua trái tươi của thành viên", location=XM),
    F("khoảng 320 ha", "320", 320, "measure", "ha", approx="about", subject="diện tích mãng cầu xiêm toàn tỉnh"),
    F("148 ha", "148", 148, "measure", "ha", total=320, subject="diện tích đạt chứng nhận VietGAP, GlobalGAP"),
    F("lên 500 ha", "500", 500, "measure", "ha", status="target", subject="diện tích mãng cầu xiêm",
      period=TO30),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="diện tích sản xuất theo tiêu chuẩn GAP", period=TO30),
    F("cấp 27 mã số", "27", 27, "count", "mã số vùng trồng", subject="mã số vùng trồng cây ăn quả được cấp", optional=True),
]

NOTES = [
    "News agency (TTXVN): agency banner, menu, '03/05/2024 15:27', byline 'Hoàng Nhi (TTXVN)', a related link.",
    "Distractors: 15:27, 'lô hàng đầu tiên', 'lần đầu', 'Quốc lộ 55', 'GlobalGAP'.",
    "Cooperative figures are in Xuyên Mộc; the Sở's province figures are Bà Rịa - Vũng Tàu. 'gần 1,2 nghìn tấn' = 1 200 tấn.",
    "'trong đó khoảng 30% được đưa vào sơ chế' and 'trong đó ít nhất 50% sản xuất theo tiêu chuẩn GAP' are shares of a part: percent figures.",
    "'Năm 2024, ... dự kiến xuất khẩu ..., mang về 13-14 tỷ' → both forecast. 'cao hơn giá thị trường 2.000-3.000 đồng/kg' → change",
    "of the price (its lower end 2.000). 'Để có 1 kg ... cần từ 7 đến 8 kg': the 1 kg is the ratio's base (a denominator): optional.",
    "The related link 'cấp 27 mã số vùng trồng cây ăn quả' states a figure, but in page furniture (another article's title): optional.",
]

if __name__ == "__main__":
    write("p1304-7", TEXT, NOTES, FIGS, published="2024-05-03", location="Bà Rịa - Vũng Tàu")
