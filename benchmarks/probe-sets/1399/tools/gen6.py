"""p1399-6: national newspaper: rainy-season snakebite surge at the Bình Phước provincial hospital."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ năm, 12/9/2024, 16:20 (GMT+7)

Bệnh viện quá tải bệnh nhân bị rắn cắn mùa mưa

Chỉ trong tháng 8, Bệnh viện Đa khoa tỉnh Bình Phước tiếp nhận 74 ca rắn cắn, gấp 1,5 lần tháng 7, nhiều người nhập viện trong tình trạng suy hô hấp, rối loạn đông máu.

Ngày 11/9, bác sĩ Nguyễn Hữu Phước, Trưởng khoa Cấp cứu, cho biết mỗi ngày khoa tiếp nhận từ 2 đến 4 bệnh nhân bị rắn cắn, có ngày lên tới 7 ca. Từ đầu năm đến nay, bệnh viện đã cấp cứu 412 ca, trong đó 265 ca phải dùng huyết thanh kháng nọc; 18 ca phải chuyển lên Bệnh viện Chợ Rẫy (TP HCM) do biến chứng nặng.

"Nhiều người đến viện sau 6-8 giờ vì đã garo, đắp lá hoặc tìm thầy lang, làm tăng nguy cơ hoại tử", bác sĩ Phước nói. Theo ông, tỷ lệ biến chứng ở nhóm đến muộn cao gấp 3 lần nhóm được dùng huyết thanh sớm.

Theo Sở Y tế, Bình Phước đứng thứ 3 cả nước về số ca rắn cắn phải nhập viện, sau Tây Ninh và Đắk Lắk. Mỗi lọ huyết thanh kháng nọc rắn lục tre giá khoảng 1,6 triệu đồng; một bệnh nhân nặng có thể cần 20-30 lọ. Trong tháng 8, bệnh viện dùng 410 lọ, tăng 45% so với tháng 7, có thời điểm kho chỉ còn chưa tới 30 lọ.

Ông Lâm Quang Vinh, Phó giám đốc Sở Y tế, cho biết Sở đã đặt mua bổ sung 1.500 lọ huyết thanh, dự kiến về trong tuần tới; đồng thời tập huấn cho gần ba chục bác sĩ tuyến huyện về xử trí rắn cắn.

Đức Anh
"""

AUG = per("tháng 8", "2024-08-01", "2024-08-31")
AUG_IN = per("Trong tháng 8", "2024-08-01", "2024-08-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-12")

FIGS = [
    fig("tiếp nhận 74 ca", "74", 74, "count", "ca",
        change=chg("increase", 1.5, "lần", "tháng 7"),
        subject="ca rắn cắn được tiếp nhận", period=AUG),
    fig("từ 2 đến 4 bệnh nhân", "2", 2, "measure", "bệnh nhân/ngày", value_max=4,
        subject="bệnh nhân bị rắn cắn khoa tiếp nhận mỗi ngày"),
    fig("lên tới 7 ca", "7", 7, "count", "ca", subject="ca khoa tiếp nhận trong một ngày"),
    fig("cấp cứu 412 ca", "412", 412, "count", "ca", subject="ca được cấp cứu", period=YTD),
    fig("trong đó 265 ca", "265", 265, "count", "ca", total=412,
        subject="ca phải dùng huyết thanh kháng nọc", period=YTD),
    fig("18 ca phải chuyển", "18", 18, "count", "ca", total=412,
        subject="ca phải chuyển lên Bệnh viện Chợ Rẫy", period=YTD),
    fig("sau 6-8 giờ", "6", 6, "measure", "giờ", value_max=8,
        subject="thời gian đến viện của nhiều người bị rắn cắn"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="tỷ lệ biến chứng ở nhóm đến muộn"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="số ca rắn cắn phải nhập viện"),
    fig("khoảng 1,6 triệu", "1,6", 1.6e6, "money", "đồng/lọ", approx="about",
        subject="giá mỗi lọ huyết thanh kháng nọc rắn lục tre"),
    fig("cần 20-30 lọ", "20", 20, "count", "lọ", value_max=30,
        subject="huyết thanh một bệnh nhân nặng cần"),
    fig("dùng 410 lọ", "410", 410, "count", "lọ",
        change=chg("increase", 45, "%", "tháng 7"),
        subject="huyết thanh bệnh viện dùng", period=AUG_IN),
    fig("chưa tới 30 lọ", "30", 30, "count", "lọ", approx="under",
        subject="huyết thanh còn trong kho", period=AUG_IN),
    fig("bổ sung 1.500 lọ", "1.500", 1500, "count", "lọ",
        subject="huyết thanh Sở đặt mua bổ sung"),
    fig("gần ba chục bác sĩ", "ba chục", 30, "count", "bác sĩ", approx="nearly",
        subject="bác sĩ tuyến huyện được tập huấn về xử trí rắn cắn"),
]

NOTES = [
    "National newspaper: 'Thứ năm, 12/9/2024, 16:20 (GMT+7)' dateline, sapo, quote, byline 'Đức Anh' at the end.",
    "Distractors: 16:20, '(GMT+7)', 'Ngày 11/9', 'tháng 7' (baseline), 'một bệnh nhân nặng' (generic), 'trong tuần tới', 'TP HCM'.",
    "Location Bình Phước for every figure (the provincial hospital and department); the rank of the province is located in the province.",
    "'tháng 8' (year-less) → August 2024 from the dateline; 'gấp 1,5 lần tháng 7' after a count → change 1.5 lần (as 'tăng 2,8 lần').",
    "'mỗi ngày ... từ 2 đến 4 bệnh nhân' → per-day rate: measure, unit bệnh nhân/ngày (borderline by convention).",
    "'trong đó 265 ca ...; 18 ca ...' → both parts of 412 (the ';' continues the trong đó list). 'Từ đầu năm đến nay' ends at the dateline.",
    "'sau 6-8 giờ' (the delay before reaching hospital) is a measure figure; 'cao gấp 3 lần nhóm ...' stands alone → multiple.",
    "revised after the first run: '7 ca' subject 'ca tiếp nhận trong một ngày cao điểm' → 'ca khoa tiếp nhận trong một ngày' ('cao điểm' is not in the sentence).",
    "'đã đặt mua bổ sung 1.500 lọ, dự kiến về trong tuần tới' → actual: 'dự kiến' governs the arrival clause, not the order. 'gần ba chục bác sĩ' → 30, nearly.",
]

if __name__ == "__main__":
    write("p1399-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Bình Phước")
