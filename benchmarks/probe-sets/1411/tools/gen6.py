"""p1411-6: national newspaper (Hà Nội): whooping cough cases in Hà Nội 2024, hospital, coverage, service prices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ hai, 27/5/2024, 09:12 (GMT+7)

Số ca ho gà ở Hà Nội tăng mạnh

Hà Nội ghi nhận 82 ca ho gà từ đầu năm, trong khi cùng kỳ năm ngoái không có ca nào; phần lớn là trẻ nhỏ chưa đến tuổi tiêm hoặc chưa tiêm đủ mũi.

Theo Sở Y tế Hà Nội, trong tuần từ ngày 17/5 đến 23/5, thành phố ghi nhận 14 ca ho gà, tăng 5 ca so với tuần trước, nâng tổng số ca mắc từ đầu năm đến nay lên 82 ca tại 21 quận, huyện. Trong đó, quận Hoàng Mai có số ca cao nhất với 11 ca, tiếp đến là Hà Đông 8 ca, Thanh Xuân 7 ca.

Tại Bệnh viện Nhi Trung ương, từ đầu tháng 5 đến nay đã tiếp nhận khoảng 60 trẻ mắc ho gà từ Hà Nội và các tỉnh lân cận, trong đó có 12 trẻ phải thở máy. Mỗi ngày, khoa khám bệnh tiếp nhận khoảng ba chục trẻ đến khám vì ho kéo dài. Bác sĩ Nguyễn Thị Lan Anh, Trung tâm Bệnh nhiệt đới, cho biết gần 90% bệnh nhi chưa đến tuổi tiêm mũi vắc xin đầu tiên.

Năm 2023, tỷ lệ tiêm vắc xin 5 trong 1 mũi 3 của Hà Nội đạt 88,6%, thấp hơn mục tiêu 95%. Từ tháng 4/2024 đến nay, thành phố đã nhận 148.000 liều vắc xin 5 trong 1 do Bộ Y tế phân bổ. Tại các cơ sở tiêm dịch vụ, giá mỗi mũi vắc xin 6 trong 1 dao động 1.015.000-1.120.000 đồng, vắc xin Tdap cho thai phụ khoảng 700.000 đồng.

"Cha mẹ cần đưa trẻ đi tiêm đúng lịch, không trì hoãn vì bất kỳ lý do gì", bác sĩ Lan Anh khuyến cáo.

Lê Nga
"""

SAPO = per("từ đầu năm", "2024-01-01", "2024-05-27")
WEEK = per("trong tuần từ ngày 17/5 đến 23/5", "2024-05-17", "2024-05-23")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-05-27")
MAY = per("từ đầu tháng 5 đến nay", "2024-05-01", "2024-05-27")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
APR = per("Từ tháng 4/2024 đến nay", "2024-04-01", "2024-05-27")
CASES = "số ca mắc ho gà"

FIGS = [
    fig("ghi nhận 82 ca", "82", 82, "count", "ca", subject="ca ho gà", period=SAPO),
    fig("ghi nhận 14 ca", "14", 14, "count", "ca", change=chg("increase", 5, "ca", "tuần trước"),
        subject="ca ho gà", period=WEEK),
    fig("lên 82 ca", "82", 82, "count", "ca", subject="tổng số ca mắc", period=YTD),
    fig("tại 21 quận", "21", 21, "count", "quận, huyện", subject="quận, huyện có ca mắc ho gà", period=YTD),
    fig("với 11 ca", "11", 11, "count", "ca", total=82, subject=CASES, period=inh(YTD), location="Hoàng Mai"),
    fig("Hà Đông 8 ca", "8", 8, "count", "ca", total=82, subject=CASES, period=inh(YTD), location="Hà Đông"),
    fig("Thanh Xuân 7 ca", "7", 7, "count", "ca", total=82, subject=CASES, period=inh(YTD),
        location="Thanh Xuân"),
    fig("khoảng 60 trẻ", "60", 60, "count", "trẻ", approx="about",
        subject="trẻ mắc ho gà Bệnh viện Nhi Trung ương tiếp nhận", period=MAY),
    fig("có 12 trẻ", "12", 12, "count", "trẻ", total=60, subject="trẻ phải thở máy", period=MAY),
    fig("khoảng ba chục", "ba", 30, "measure", "trẻ/ngày", approx="about",
        subject="trẻ đến khám vì ho kéo dài mỗi ngày"),
    fig("gần 90%", "90", 90, "percent", "%", approx="nearly",
        subject="bệnh nhi chưa đến tuổi tiêm mũi vắc xin đầu tiên"),
    fig("đạt 88,6%", "88,6", 88.6, "percent", "%", target=tgt(95, "%", False),
        subject="tỷ lệ tiêm vắc xin 5 trong 1 mũi 3", period=Y23),
    fig("nhận 148.000 liều", "148.000", 148000, "count", "liều",
        subject="liều vắc xin 5 trong 1 do Bộ Y tế phân bổ", period=APR),
    fig("1.015.000-1.120.000", "1.015.000", 1015000, "money", "đồng/mũi", value_max=1120000,
        subject="giá mỗi mũi vắc xin 6 trong 1 tại các cơ sở tiêm dịch vụ"),
    fig("khoảng 700.000", "700.000", 700000, "money", "đồng/mũi", approx="about",
        subject="giá vắc xin Tdap cho thai phụ"),
]

NOTES = [
    "National newspaper: 'Thứ hai, 27/5/2024, 09:12 (GMT+7)', headline, sapo, quote, byline at the end. Default location Hà Nội.",
    "Distractors: 09:12, '(GMT+7)', 'năm ngoái', 'không có ca nào', 'mũi 3', 'vắc xin 5 trong 1' (twice), '6 trong 1', 'Tdap',",
    "'mũi vắc xin đầu tiên'.",
    "Sapo 'từ đầu năm' and body 'từ đầu năm đến nay' both end at the dateline 2024-05-27.",
    "'14 ca ho gà, tăng 5 ca so với tuần trước' → change in ca. The 'Trong đó' list after a sentence break takes the whole",
    "82 ca (the last figure before the cue, 21 quận, counts districts, not cases); districts are locations.",
    "The Bệnh viện Nhi Trung ương figures stay Hà Nội (the hospital is in Hà Nội; patients also come from nearby provinces).",
    "'Mỗi ngày ... khoảng ba chục trẻ' → 30, a per-day rate (measure, trẻ/ngày), as the model set treats 'mỗi tối'.",
    "'đạt 88,6%, thấp hơn mục tiêu 95%' → target 95, not a change (95 is the target, not the gap).",
    "'giá mỗi mũi' governs both prices (đồng/mũi); standing prices have no period.",
]

if __name__ == "__main__":
    write("p1411-6", TEXT, NOTES, FIGS, published="2024-05-27", location="Hà Nội")
