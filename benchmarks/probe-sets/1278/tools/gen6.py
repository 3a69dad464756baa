"""p1278-6: national newspaper (health section): pregnant women in Hà Nội not taking iron tablets correctly."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe › Dinh dưỡng

Nhiều thai phụ uống viên sắt không đủ liều

Thứ hai, 10/6/2024, 06:00 (GMT+7)

Khảo sát 600 thai phụ đến khám tại một bệnh viện ở Hà Nội cho thấy chỉ 42% uống viên sắt đều đặn hằng ngày như khuyến cáo.

Nghiên cứu do nhóm bác sĩ Bệnh viện Phụ sản Hà Đông Xanh thực hiện từ tháng 1 đến tháng 4/2024. Chỉ 252 người, chiếm 42%, uống viên sắt đều đặn mỗi ngày; 31% bỏ dở giữa chừng vì buồn nôn, táo bón; gần 15% chưa từng uống. Nhiều người cho biết chỉ bắt đầu uống khi được bác sĩ nhắc ở lần khám thứ hai.

Theo bác sĩ Nguyễn Thu Hằng, Trưởng khoa Sản, nhu cầu sắt của phụ nữ khi mang thai tăng gấp 2-3 lần so với bình thường. Thai phụ cần uống mỗi ngày một viên chứa 30-60 mg sắt nguyên tố và 400 mcg axit folic, liên tục trong suốt thai kỳ và sau sinh. "Uống viên sắt lúc đói, cách bữa ăn khoảng một giờ, với nước cam sẽ hấp thu tốt hơn", bác sĩ Hằng khuyên.

Giá viên sắt tại các nhà thuốc dao động từ 2.000 đến 6.000 đồng/viên, tức khoảng 60.000-180.000 đồng mỗi tháng. Trong khi đó, viên sắt - axit folic do trạm y tế phường cấp miễn phí cho thai phụ có sổ quản lý thai nghén.

Theo Viện Dinh dưỡng, tỷ lệ thiếu máu ở phụ nữ mang thai tại Hà Nội khoảng 18%, thấp hơn mức trung bình cả nước (25,8%). Tuy vậy, bác sĩ Hằng lưu ý thiếu sắt vẫn có thể xảy ra dù chỉ số huyết sắc tố bình thường, vì vậy thai phụ nên xét nghiệm ferritin ở lần khám đầu tiên.

Thùy An

Xem thêm: Vitamin B12 và axit folic: khác nhau thế nào?
"""

SURV = per("từ tháng 1 đến tháng 4/2024", "2024-01-01", "2024-04-30")
HN = "Hà Nội"

FIGS = [
    fig("Khảo sát 600 thai phụ", "600", 600, "count", "thai phụ",
        subject="thai phụ đến khám được khảo sát", location=HN),
    fig("chỉ 42% uống", "42", 42, "percent", "%",
        subject="thai phụ uống viên sắt đều đặn hằng ngày như khuyến cáo", location=HN),
    fig("Chỉ 252 người", "252", 252, "count", "người", percent=42,
        subject="thai phụ uống viên sắt đều đặn mỗi ngày", period=inh(SURV), location=HN),
    fig("31% bỏ dở", "31", 31, "percent", "%", subject="thai phụ bỏ dở giữa chừng",
        period=inh(SURV), location=HN),
    fig("gần 15% chưa", "15", 15, "percent", "%", approx="nearly", subject="thai phụ chưa từng uống",
        period=inh(SURV), location=HN),
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="nhu cầu sắt của phụ nữ khi mang thai"),
    fig("mỗi ngày một viên", "một", 1, "measure", "viên/ngày", subject="viên sắt thai phụ cần uống mỗi ngày"),
    fig("chứa 30-60 mg", "30", 30, "measure", "mg", value_max=60, subject="sắt nguyên tố trong mỗi viên"),
    fig("và 400 mcg", "400", 400, "measure", "mcg", subject="axit folic trong mỗi viên"),
    fig("khoảng một giờ", "một", 1, "measure", "giờ", approx="about", optional=True),
    fig("từ 2.000 đến 6.000", "2.000", 2000, "money", "đồng/viên", value_max=6000,
        subject="giá viên sắt tại các nhà thuốc", location=HN),
    fig("khoảng 60.000-180.000", "60.000", 60000, "money", "đồng/tháng", value_max=180000, approx="about",
        subject="chi phí viên sắt mỗi tháng", location=HN),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about",
        subject="tỷ lệ thiếu máu ở phụ nữ mang thai", location=HN),
    fig("(25,8%)", "25,8", 25.8, "percent", "%",
        subject="tỷ lệ thiếu máu ở phụ nữ mang thai trung bình cả nước", location="Việt Nam"),
]

NOTES = [
    "National newspaper, health section: 'Thứ hai, 10/6/2024, 06:00 (GMT+7)', sapo, quotes, byline at the end, 'Xem thêm' link.",
    "No default location: the hospital survey and the pharmacy prices are in Hà Nội; the physiology and the dose (need for iron,",
    "one tablet a day, 30-60 mg, 400 mcg) describe no place (null); '(25,8%)' is the national average (Việt Nam).",
    "Distractors: (GMT+7), 06:00, 'Hà Đông Xanh' (hospital name), 'lần khám thứ hai', 'lần khám đầu tiên' (ordinals), 'Vitamin B12'.",
    "'Chỉ 252 người, chiếm 42%' → percent attribute 42; the sapo's 'chỉ 42% uống ...' stands alone (no base amount): a percent figure.",
    "The sapo's figures carry no period (the period is stated only in the next paragraph, after them).",
    "'tăng gấp 2-3 lần so với bình thường' stands alone as the claim → multiple, range 2-3.",
    "'khoảng 60.000-180.000 đồng mỗi tháng' is a monthly cost: đồng/tháng. 'cách bữa ăn khoảng một giờ' is advice timing: optional.",
    "'(25,8%)' after 'thấp hơn mức trung bình cả nước' is the national level, not a gap: a figure of its own, and 18% carries no change.",
]

if __name__ == "__main__":
    write("p1278-6", TEXT, NOTES, FIGS, published="2024-06-10")
